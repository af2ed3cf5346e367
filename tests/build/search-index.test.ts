import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { defaultLang, languageTags, locales } from '../../src/i18n/locales';
import { loadEdition } from '../../src/lib/edition';

const distDir = inject('distDir');

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
      return entry.name.endsWith('.html') ? [path] : [];
    }),
  );
  return nested.flat();
}

const pages = await Promise.all(
  (await htmlFiles(distDir)).map(async (file) => ({
    path: relative(distDir, file),
    document: parseHTML(await readFile(file, 'utf8')).document,
  })),
);
const indexed = pages.filter((p) => p.document.querySelector('[data-pagefind-body]'));
const page = (path: string) => pages.find((p) => p.path === path)!.document;
const tags = (document: Document, kind: 'filter' | 'meta') =>
  [...document.querySelectorAll(`[data-pagefind-${kind}]`)].map((e) =>
    e.getAttribute(`data-pagefind-${kind}`),
  );

describe('search index', () => {
  it.each(locales)(
    'indexes the %s full text, about, every topic and every recommendation, and nothing else',
    async (lang) => {
      const prefix = lang === defaultLang ? '' : `${lang}/`;
      const paths = indexed
        .filter((p) => p.document.documentElement.getAttribute('lang') === languageTags[lang])
        .map((p) => p.path);
      expect(paths).toContain(`${prefix}index.html`);
      expect(paths).toContain(`${prefix}about/index.html`);
      const { topics, recommendations } = await loadEdition(lang);
      expect(paths.filter((p) => p.startsWith(`${prefix}topics/`))).toHaveLength(topics.length);
      expect(paths.filter((p) => p.startsWith(`${prefix}recommendations/`))).toHaveLength(
        recommendations.length,
      );
      for (const path of paths) expect(path.startsWith(prefix), path).toBe(true);
      const entry = JSON.parse(
        await readFile(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8'),
      );
      expect(entry.languages[languageTags[lang]].page_count).toBe(paths.length);
    },
  );

  it('leaves the search page, list pages and the 404 page out of the index', () => {
    const paths = indexed.map((p) => p.path);
    for (const lang of locales) {
      const prefix = lang === defaultLang ? '' : `${lang}/`;
      for (const page of ['search/', 'topics/', 'recommendations/']) {
        expect(paths).not.toContain(`${prefix}${page}index.html`);
      }
    }
    expect(paths).not.toContain('404.html');
  });

  it('keeps navigation and the copy and search controls out of the index', () => {
    for (const { path, document } of indexed) {
      const body = document.querySelector('[data-pagefind-body]')!;
      for (const element of body.querySelectorAll('nav, copy-link, search-highlight, form')) {
        expect(element.closest('[data-pagefind-ignore]'), `${path}: ${element.tagName}`).not.toBe(
          null,
        );
      }
    }
  });

  it('tags a recommendation page with its type, number, topics and whom it concerns', () => {
    const document = page('recommendations/r6/index.html');
    expect(tags(document, 'filter')).toEqual(
      expect.arrayContaining([
        'type:recommendation',
        'topic:Globally Networked Customs',
        'topic:International cooperation',
        'concerns:Customs administrations',
      ]),
    );
    expect(tags(document, 'meta')).toEqual(
      expect.arrayContaining(['type:recommendation', 'number:6']),
    );
  });

  it('tags topic pages with their topic, the text as the report, and other pages as pages', () => {
    expect(tags(page('topics/cybercrime/index.html'), 'filter')).toEqual(
      expect.arrayContaining(['type:topic', 'topic:Cybercrime']),
    );
    expect(tags(page('index.html'), 'filter')).toEqual(['type:report']);
    expect(tags(page('about/index.html'), 'filter')).toEqual(['type:page']);
  });

  it('makes each recommendation and each paragraph of the text its own titled sub-result', async () => {
    const { recommendations, text } = await loadEdition(defaultLang);
    const titled = [...page('index.html').querySelectorAll('[id][data-pagefind-title]')];
    const articles = titled.filter((a) => a.tagName !== 'P');
    expect(articles.map((a) => a.id)).toEqual(recommendations.map((r) => r.id));
    for (const article of articles) {
      expect(article.getAttribute('data-pagefind-title')).toMatch(/^Recommendation \d+: \S/);
    }
    // The search page names what the text holds beyond the recommendations by its paragraph.
    const paragraphs = titled.filter((a) => a.tagName === 'P');
    expect(paragraphs.map((p) => p.id)).toEqual(text.paragraphs.map((p) => `p${p.number}`));
    for (const [i, paragraph] of paragraphs.entries()) {
      expect(paragraph.getAttribute('data-pagefind-title')).toBe(`The report, paragraph ${i + 1}`);
    }
  });
});
