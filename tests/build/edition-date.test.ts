/**
 * The edition's date (its latest change's, from the log) is in every citation and export: the
 * formatted reference on the pages, BibTeX, RIS and CSL-JSON, declaration.json and Akoma
 * Ntoso's expression, in both languages.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOMParser, parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { formatDate } from '../../src/i18n/ui';
import { editionDate } from '../support/change-log';

const distDir = inject('distDir');
const read = (path: string) => readFile(join(distDir, path), 'utf8');
const languages = [
  { lang: 'en', prefix: '' },
  { lang: 'fr', prefix: 'fr/' },
] as const;

describe.each(languages)('in $lang', ({ lang, prefix }) => {
  const date = editionDate(lang);
  const written = formatDate(lang, new Date(`${date}T00:00:00Z`));

  it.each(['', 'recommendations/r1/'])(
    'the citation files of /%s name the edition date',
    async (page) => {
      const base = `${prefix}${page}`;
      expect(await read(`${base}cite.bib`)).toContain(`version = {${date}}`);
      expect(await read(`${base}cite.ris`)).toContain(`ET  - ${date}\r\n`);
      const [csl] = JSON.parse(await read(`${base}cite.json`)) as {
        version: string;
        note: string;
      }[];
      expect(csl?.version).toBe(date);
      expect(csl?.note).toContain(written);
    },
  );

  it('the formatted references on the pages name it', async () => {
    for (const page of ['index.html', 'about/index.html', 'recommendations/r1/index.html']) {
      const { document } = parseHTML(await read(`${prefix}${page}`));
      const reference = document.querySelector('main .cite-this .reference')?.textContent;
      expect(reference, page).toContain(written);
    }
  });

  it('declaration.json gives it, and links to the log and its feed', async () => {
    const data = JSON.parse(await read(`${prefix}declaration.json`)) as {
      editionDate: string;
      links: { changes: string; changesFeed: string };
    };
    expect(data.editionDate).toBe(date);
    expect(new URL(data.links.changes).pathname).toBe(`/${prefix}changes/`);
    expect(new URL(data.links.changesFeed).pathname).toBe(`/${prefix}changes/feed.atom`);
  });

  it("Akoma Ntoso's expression is this edition's version, named and dated by it", async () => {
    const xml = new DOMParser().parseFromString(
      await read(`${prefix}declaration.akn.xml`),
      'text/xml',
    );
    const expression = xml.querySelector('FRBRExpression');
    const iso = { en: 'eng', fr: 'fra' }[lang];
    expect(expression?.querySelector('FRBRdate')?.getAttribute('date')).toBe(date);
    expect(expression?.querySelector('FRBRversionNumber')?.getAttribute('value')).toBe(date);
    expect(expression?.querySelector('FRBRuri')?.getAttribute('value')).toMatch(
      new RegExp(`/${iso}@${date}$`),
    );
    // The work is the WCO's news item: its date stays the report's.
    const json = JSON.parse(await read(`${prefix}declaration.json`)) as {
      source: { published: string };
    };
    expect(xml.querySelector('FRBRWork FRBRdate')?.getAttribute('date')).toBe(
      json.source.published,
    );
  });
});
