/**
 * Every page says when it last changed, and the date is the log's: the latest change in
 * `content/<lang>/changes/` that names the page's kind, or every page. The footer links that
 * change on the changes page, and the page's structured data gives the same date.
 */
import { describe, expect, inject, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { pageKinds } from '../../src/lib/page-kinds';
import { changeLog, kindOfPath, lastChangeOf } from '../support/change-log';
import { idsOf, readDocument } from '../support/dist-pages';
import { sitePages } from '../support/site-pages';

const distDir = inject('distDir');
const pages = sitePages(distDir);

describe("each page's last-changed date", () => {
  it('the site has pages of every kind, in both languages', () => {
    const kinds = new Set(
      pages.map((p) => `${p.path.startsWith('fr/') ? 'fr' : 'en'}:${kindOfPath(p.path)}`),
    );
    expect(kinds.size).toBe(pageKinds.length * locales.length);
  });

  it.each(pages)('$name gives the date of the latest change to its kind', async ({ path }) => {
    const lang = path.startsWith('fr/') ? 'fr' : 'en';
    const expected = lastChangeOf(lang, kindOfPath(path));
    const document = await readDocument(
      distDir,
      path.endsWith('.html') ? path : `${path}index.html`,
    );
    const link = document.querySelector('footer a.last-changed');
    expect(expected).toBeDefined();
    expect(link?.querySelector('time')?.getAttribute('datetime')).toBe(expected?.date);
    const href = new URL(link?.getAttribute('href') ?? '', 'http://site.test/');
    expect(href.pathname).toMatch(lang === 'fr' ? /\/fr\/changes\/$/ : /^\/changes\/$/);
    expect(href.hash).toBe(`#change-${expected?.id ?? ''}`);
    const graph = JSON.parse(
      document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}',
    ) as { '@graph': { '@type': string; dateModified?: string }[] };
    const webPage = graph['@graph'].find((node) => node['@type'] === 'WebPage');
    expect(webPage?.dateModified).toBe(expected?.date);
  });

  it('links to a change that the changes page has, in both languages', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const file = lang === 'fr' ? 'fr/changes/index.html' : 'changes/index.html';
      const ids = idsOf(await readDocument(distDir, file));
      const log = changeLog(lang);
      expect(log.length).toBeGreaterThan(0);
      for (const change of log) expect(ids).toContain(`change-${change.id}`);
    }
  });
});
