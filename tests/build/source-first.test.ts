/**
 * The source-first edition, as built: the home page in each language is the report's text,
 * complete, in order and once, with every recommendation's permanent anchor on its words inside
 * it; a recommendation's page leads with its sentence; the search page has one field; the
 * about page's citation examples are the ones the site makes.
 */
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { citationData, formatReference } from '../../src/lib/citation';
import { loadEdition } from '../../src/lib/edition';
import { collapseSpaces } from '../../src/lib/source-text';
import { translate } from '../../src/i18n/ui';
import { isHtml, listFiles, readDocument } from '../support/dist-pages';

const distDir = inject('distDir');
// Collapses white space as the text does, keeping French no-break spaces.
const collapse = (text: string | null | undefined) => collapseSpaces(text ?? '');
const prefix = (lang: string) => (lang === 'en' ? '' : `${lang}/`);

async function page(path: string): Promise<Document> {
  return parseHTML(await readFile(`${distDir}/${path}index.html`, 'utf8')).document;
}

describe.each(locales)('the %s home page', async (lang) => {
  const edition = await loadEdition(lang);
  const document = await page(prefix(lang));
  const main = document.querySelector('main');
  const text = document.querySelector('main article.source-text');

  it('gives the report’s heading, date line and paragraphs, complete and in order', () => {
    expect(collapse(text?.querySelector('h1')?.textContent)).toBe(collapse(edition.text.headline));
    expect(collapse(text?.querySelector('.dateline')?.textContent)).toBe(edition.text.dateline);
    const shown = [...(text?.querySelectorAll('quote-link > p') ?? [])].map((p) =>
      collapse(p.textContent),
    );
    expect(shown).toEqual(edition.text.paragraphs.map((p) => p.text));
    expect(shown.length).toBeGreaterThan(0);
  });

  it('gives each paragraph once: no second copy of the text anywhere on the page', () => {
    const all = collapse(main?.textContent);
    for (const paragraph of edition.text.paragraphs) {
      expect(all.split(paragraph.text).length - 1, paragraph.text.slice(0, 40)).toBe(1);
    }
  });

  it('puts every recommendation’s permanent anchor on its words, inside the text', () => {
    for (const r of edition.recommendations) {
      const anchor = document.getElementById(r.id);
      expect(anchor?.closest('article.source-text quote-link > p'), r.id).not.toBeNull();
      expect(collapse(anchor?.querySelector('mark')?.textContent), r.id).toBe(r.words);
    }
  });

  it('says under the heading what the text is, before the text', () => {
    const status = text?.querySelector('header .status');
    expect(collapse(status?.textContent)).toMatch(lang === 'en' ? /word for word/ : /traduction/);
    expect(status?.id).toBe('source');
  });
});

describe.each(locales)('%s recommendation pages', async (lang) => {
  const edition = await loadEdition(lang);

  it('lead with the report’s sentence, the words highlighted, and link to their place in the text', async () => {
    for (const r of edition.recommendations) {
      const document = await page(`${prefix(lang)}recommendations/${r.id}/`);
      const quote = document.querySelector('main figure blockquote');
      expect(collapse(quote?.querySelector('mark')?.textContent), r.id).toBe(r.words);
      expect(collapse(quote?.textContent)).toBe(collapse(r.sentence.map((s) => s.text).join('')));
      const place = document.querySelector('main figure figcaption a')?.getAttribute('href');
      expect(place, r.id).toMatch(new RegExp(`/${prefix(lang)}#${r.id}$`));
      // The quote comes before any other content of the page.
      const first = document.querySelector('main h1 ~ *:not(.hidden)');
      expect(first?.tagName.toLowerCase()).toBe('figure');
    }
  });
});

describe.each(locales)('the %s search page', (lang) => {
  it('has one search field: the header links to it instead of repeating it', async () => {
    const document = await page(`${prefix(lang)}search/`);
    expect(document.querySelectorAll('input[type="search"]')).toHaveLength(1);
    expect(document.querySelector('header a.search-link')).not.toBeNull();
  });

  it('says, above its lists of topics and recommendations, that their numbers and names are the editors’', async () => {
    const document = await page(`${prefix(lang)}search/`);
    const note = document.querySelector('[data-search-browse] h2 + p');
    expect(collapse(note?.textContent)).toBe(collapse(translate(lang, 'search.browseNote')));
  });
});

describe.each(locales)('the %s about page', async (lang) => {
  const edition = await loadEdition(lang);

  it('shows the citations the site makes as its examples', async () => {
    const document = await page(`${prefix(lang)}about/`);
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    const site = canonical.replace(new RegExp(`${prefix(lang)}about/$`), '');
    const examples = [...document.querySelectorAll('#citation-examples ~ blockquote')].map((q) =>
      collapse(q.textContent),
    );
    expect(examples).toEqual([
      formatReference(citationData(edition, site)),
      formatReference(citationData(edition, site, edition.recommendations[0])),
    ]);
  });
});

describe('wherever the editors’ work stands beside the report', async () => {
  const pages = await Promise.all(
    (await listFiles(distDir))
      .filter(isHtml)
      .map(async (file) => ({ file, document: await readDocument(distDir, file) })),
  );
  const french = pages.filter(({ document }) => document.documentElement.lang === 'fr');

  it('a French page that quotes the report says, beside the quotation, that it is our translation', () => {
    const captions = french.flatMap(({ file, document }) =>
      [...document.querySelectorAll('main figure.source-sentence figcaption')].map((caption) => ({
        file,
        text: caption.textContent,
      })),
    );
    const wordings = french.flatMap(({ file, document }) =>
      [...document.querySelectorAll('main ol.topics .detail')].map((detail) => ({
        file,
        text: detail.textContent,
      })),
    );
    expect(captions.length).toBeGreaterThan(0);
    expect(wordings.length).toBeGreaterThan(0);
    for (const { file, text } of [...captions, ...wordings]) {
      expect(text, file).toMatch(/notre traduction/);
    }
  });

  it('a table of recommendations has, just above it, the line saying which columns are the editors’ reading', () => {
    const tables = pages.flatMap(({ file, document }) =>
      [...document.querySelectorAll('main table.recommendation-table')].map((table) => ({
        file,
        lang: locales.find((l) => l === document.documentElement.lang),
        note: table.previousElementSibling?.textContent,
      })),
    );
    // The home page, the index of recommendations and the topic pages, in both languages.
    expect(new Set(tables.map((table) => table.lang))).toEqual(new Set(locales));
    expect(tables.length).toBeGreaterThan(2 * locales.length);
    for (const { file, lang, note } of tables) {
      expect(lang, file).toBeDefined();
      if (lang) expect(collapse(note), file).toBe(collapse(translate(lang, 'table.note')));
    }
  });
});
