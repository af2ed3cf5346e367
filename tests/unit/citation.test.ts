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

const r3: CitationData = {
  lang: 'en',
  key: 'brussels-declaration-2013-r3',
  title: 'Brussels Declaration, recommendation 3',
  declarationTitle: 'Brussels Declaration',
  number: 3,
  conference,
  place: 'Brussels',
  adopted: new Date('2013-07-02'),
  publisher: 'World Customs Organization (WCO)',
  published: new Date('2013-07-05'),
  url: 'https://example.org/recommendations/r3/',
};

describe('citation', () => {
  it('formats the reference with title, conference, place, date, source and URL', () => {
    expect(formatReference(r3)).toBe(
      `Brussels Declaration, adopted by the ${conference}, Brussels, 2 July 2013, recommendation 3. Reported by the World Customs Organization (WCO), 5 July 2013. https://example.org/recommendations/r3/`,
    );
    expect(formatReference({ ...r3, number: undefined, url: 'https://example.org/' })).toBe(
      `Brussels Declaration, adopted by the ${conference}, Brussels, 2 July 2013. Reported by the World Customs Organization (WCO), 5 July 2013. https://example.org/`,
    );
  });

  it('writes a BibTeX misc entry with the Conference as a corporate author', () => {
    expect(toBibtex(r3)).toBe(
      [
        '@misc{brussels-declaration-2013-r3,',
        '  title = {{Brussels Declaration, recommendation 3}},',
        `  author = {{${conference}}},`,
        '  date = {2013-07-02},',
        '  year = {2013},',
        '  month = jul,',
        '  address = {Brussels},',
        '  url = {https://example.org/recommendations/r3/},',
        '  note = {Reported by the World Customs Organization (WCO), 5 July 2013},',
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
        'TY  - GOVDOC',
        'TI  - Brussels Declaration, recommendation 3',
        `AU  - ${conference}`,
        'PY  - 2013',
        'DA  - 2013/07/02',
        'CY  - Brussels',
        'UR  - https://example.org/recommendations/r3/',
        'N1  - Reported by the World Customs Organization (WCO), 5 July 2013',
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
            type: 'document',
            title: 'Brussels Declaration, recommendation 3',
            author: [{ literal: conference }],
            issued: { 'date-parts': [[2013, 7, 2]] },
            'event-title': conference,
            'event-place': 'Brussels',
            URL: 'https://example.org/recommendations/r3/',
            note: 'Reported by the World Customs Organization (WCO), 5 July 2013',
            language: 'en',
          },
        ],
        null,
        2,
      )}\n`,
    );
  });

  it('takes the facts of the declaration and a recommendation from the edition', async () => {
    const edition = await loadEdition('en');
    const rec = edition.recommendations.find((r) => r.id === 'r3');
    const data = citationData(edition, 'https://example.org', rec);
    expect(data).toMatchObject({
      key: 'brussels-declaration-2013-r3',
      title: 'Brussels Declaration, recommendation 3',
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
