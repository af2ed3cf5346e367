import { describe, expect, it } from 'vitest';
import {
  type CitationData,
  citationData,
  escapeBibtex,
  formatReference,
  toBibtex,
  toCslJson,
  toRis,
} from '../../src/lib/citation';
import { loadEdition } from '../../src/lib/edition';

const conference =
  '18th Conference of Directors General of Customs of totally or partially Francophone countries';
const headline =
  'Brussels Declaration adopted at the 18th Conference of Customs Directors General of Francophone countries';

const r3: CitationData = {
  lang: 'en',
  key: 'brussels-declaration-2013-r3',
  publisher: 'World Customs Organization (WCO)',
  headline,
  kind: 'News item',
  published: new Date('2013-07-05'),
  title: 'Brussels Declaration',
  conference,
  place: 'Brussels',
  adopted: new Date('2013-07-02'),
  number: 3,
  translated: false,
  edition: new Date('2026-12-02'),
  url: 'https://example.org/recommendations/r3/',
};
const note = `Reports the Brussels Declaration adopted by the ${conference}, Brussels, 2 July 2013. Item 3 in the numbering of this edition; the report does not number them. Edition of 2 December 2026.`;

describe('citation', () => {
  it('cites the report as the source, what it reports, and the editors’ number as theirs', () => {
    expect(formatReference(r3)).toBe(
      `World Customs Organization (WCO), “${headline}”, news item, 5 July 2013, reporting the Brussels Declaration adopted by the ${conference}, Brussels, 2 July 2013; item 3 in the numbering of this edition; edition of 2 December 2026. https://example.org/recommendations/r3/`,
    );
    expect(formatReference({ ...r3, number: undefined, url: 'https://example.org/' })).toBe(
      `World Customs Organization (WCO), “${headline}”, news item, 5 July 2013, reporting the Brussels Declaration adopted by the ${conference}, Brussels, 2 July 2013; edition of 2 December 2026. https://example.org/`,
    );
  });

  it('says when the text cited is the site’s translation', () => {
    const fr = { ...r3, lang: 'fr' as const, kind: 'Article d’actualité', translated: true };
    expect(formatReference(fr)).toContain(
      '; traduction française du site ; édition du 2 décembre 2026.',
    );
    expect(formatReference(fr)).toContain('élément 3 de la numérotation de cette édition');
    expect(toBibtex(fr)).toContain('Cité dans la traduction française du site');
  });

  it('writes a BibTeX misc entry for the report, its publisher the corporate author', () => {
    expect(toBibtex(r3)).toBe(
      [
        '@misc{brussels-declaration-2013-r3,',
        `  title = {{${headline}}},`,
        '  author = {{World Customs Organization (WCO)}},',
        '  howpublished = {News item},',
        '  date = {2013-07-05},',
        '  year = {2013},',
        '  month = jul,',
        '  url = {https://example.org/recommendations/r3/},',
        '  version = {2026-12-02},',
        `  note = {${note}},`,
        '  language = {english}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('escapes the characters BibTeX treats as commands', () => {
    expect(escapeBibtex('A & B_1 {x} 50% #2 $3 ~ ^ \\')).toBe(
      'A \\& B\\_1 \\{x\\} 50\\% \\#2 \\$3 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });

  it('writes a RIS record with CRLF line ends and a closing ER tag', () => {
    expect(toRis(r3)).toBe(
      [
        'TY  - ELEC',
        `TI  - ${headline}`,
        'AU  - World Customs Organization (WCO)',
        'PB  - World Customs Organization (WCO)',
        'PY  - 2013',
        'DA  - 2013/07/05',
        'M3  - News item',
        'UR  - https://example.org/recommendations/r3/',
        'ET  - 2026-12-02',
        `N1  - ${note}`,
        'LA  - en',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('writes CSL-JSON as an array of one item with date parts', () => {
    expect(toCslJson(r3)).toBe(
      `${JSON.stringify(
        [
          {
            id: 'brussels-declaration-2013-r3',
            type: 'webpage',
            title: headline,
            author: [{ literal: 'World Customs Organization (WCO)' }],
            publisher: 'World Customs Organization (WCO)',
            genre: 'News item',
            issued: { 'date-parts': [[2013, 7, 5]] },
            URL: 'https://example.org/recommendations/r3/',
            version: '2026-12-02',
            note,
            language: 'en',
          },
        ],
        null,
        2,
      )}\n`,
    );
  });

  it('takes the facts of the report, the declaration and a recommendation from the edition', async () => {
    const edition = await loadEdition('en');
    // The edition's date is its latest change's, from the log of changes.
    expect(citationData(edition, 'https://example.org').edition).toEqual(edition.changes[0]?.date);
    const rec = edition.recommendations.find((r) => r.id === 'r3');
    const data = citationData(edition, 'https://example.org', rec);
    expect(data).toMatchObject({
      key: 'brussels-declaration-2013-r3',
      headline,
      number: 3,
      conference,
      place: 'Brussels',
      publisher: 'World Customs Organization (WCO)',
      url: 'https://example.org/recommendations/r3/',
    });
    expect(citationData(edition, 'https://example.org')).toMatchObject({
      key: 'brussels-declaration-2013',
      title: 'Brussels Declaration',
      url: 'https://example.org/',
    });
  });
});
