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
  site: 'Brussels Declaration 2013',
  url: 'https://example.org/recommendations/r3/',
};
const note = `Reports the Brussels Declaration adopted by the ${conference}, Brussels, 2 July 2013. Item 3 in the numbering of this edition; the report does not number them. Cited from the website Brussels Declaration 2013 (unofficial edition), edition of 2 December 2026.`;

describe('citation', () => {
  it('cites the report as the source, what it reports, and the editors’ number as theirs', () => {
    expect(formatReference(r3)).toBe(
      `World Customs Organization (WCO), “${headline}”, news item, 5 July 2013, reporting the Brussels Declaration adopted by the ${conference}, Brussels, 2 July 2013; item 3 in the numbering of this edition; on the website Brussels Declaration 2013 (unofficial edition), edition of 2 December 2026. https://example.org/recommendations/r3/`,
    );
    expect(formatReference({ ...r3, number: undefined, url: 'https://example.org/' })).toBe(
      `World Customs Organization (WCO), “${headline}”, news item, 5 July 2013, reporting the Brussels Declaration adopted by the ${conference}, Brussels, 2 July 2013; on the website Brussels Declaration 2013 (unofficial edition), edition of 2 December 2026. https://example.org/`,
    );
  });

  it('says when the text cited is the site’s translation', () => {
    const fr = {
      ...r3,
      lang: 'fr' as const,
      kind: 'Article d’actualité',
      translated: true,
      site: 'Déclaration de Bruxelles 2013',
    };
    expect(formatReference(fr)).toContain(
      '; traduction française du site ; sur le site Déclaration de Bruxelles 2013 (édition non officielle), édition du 2 décembre 2026.',
    );
    expect(formatReference(fr)).toContain('élément 3 de la numérotation de cette édition');
    expect(toBibtex(fr)).toContain('Cité dans la traduction française du site');
  });

  it('writes a BibTeX misc entry for the report, its publisher the corporate author, read on this website', () => {
    expect(toBibtex(r3)).toBe(
      [
        '@misc{brussels-declaration-2013-r3,',
        `  title = {{${headline}}},`,
        '  author = {{World Customs Organization (WCO)}},',
        '  howpublished = {News item, on the website Brussels Declaration 2013 (unofficial edition)},',
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
      'A \\& B\\_1 \\textbraceleft{}x\\textbraceright{} 50\\% \\#2 \\$3 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });

  it('keeps a field’s braces balanced even when its text has one brace alone', () => {
    // BibTeX counts braces even after a backslash: "\{" alone would leave the entry open.
    for (const text of ['Customs {unbalanced', 'closed} early', '}{']) {
      const escaped = escapeBibtex(text);
      const depth = [...escaped].reduce(
        (level, char) => (level < 0 ? level : level + (char === '{' ? 1 : char === '}' ? -1 : 0)),
        0,
      );
      expect(depth, escaped).toBe(0);
    }
  });

  it('writes a RIS record with CRLF line ends and a closing ER tag, this website its secondary title', () => {
    expect(toRis(r3)).toBe(
      [
        'TY  - ELEC',
        `TI  - ${headline}`,
        'AU  - World Customs Organization (WCO)',
        'T2  - Brussels Declaration 2013 (unofficial edition)',
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

  it('writes CSL-JSON as an array of one item with date parts, this website its container', () => {
    expect(toCslJson(r3)).toBe(
      `${JSON.stringify(
        [
          {
            id: 'brussels-declaration-2013-r3',
            type: 'webpage',
            title: headline,
            author: [{ literal: 'World Customs Organization (WCO)' }],
            'container-title': 'Brussels Declaration 2013 (unofficial edition)',
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

  it('never gives the WCO as the publisher of this website’s address, nor a BibTeX date beside year and month', () => {
    // RIS PB and CSL publisher say who published what is at the URL: this site, not the WCO.
    expect(toRis(r3)).not.toMatch(/^PB {2}- /m);
    expect(JSON.parse(toCslJson(r3))[0]).not.toHaveProperty('publisher');
    // biber warns when `date` and `year`/`month` are both given; the entry keeps year and month.
    expect(toBibtex(r3)).not.toMatch(/^ {2}date = /m);
    expect(toBibtex(r3)).toMatch(/^ {2}year = \{2013\},\n {2}month = jul,$/m);
  });

  it('gives the French citations keys of their own, so both editions import into one bibliography', async () => {
    const [en, fr] = await Promise.all([loadEdition('en'), loadEdition('fr')]);
    const keys = (edition: typeof en) => [
      citationData(edition, 'https://example.org').key,
      ...edition.recommendations.map((r) => citationData(edition, 'https://example.org', r).key),
    ];
    expect(keys(en)[0]).toBe('brussels-declaration-2013');
    expect(keys(fr)[0]).toBe('brussels-declaration-2013-fr');
    expect(keys(fr)).toContain('brussels-declaration-2013-r3-fr');
    expect(new Set([...keys(en), ...keys(fr)]).size).toBe(keys(en).length + keys(fr).length);
  });

  it('names this website, in its language, as where the report is read', async () => {
    const fr = citationData(await loadEdition('fr'), 'https://example.org');
    expect(fr.site).toBe('Déclaration de Bruxelles 2013');
    expect(toRis(fr)).toContain('T2  - Déclaration de Bruxelles 2013 (édition non officielle)\r\n');
    expect(JSON.parse(toCslJson(fr))[0]['container-title']).toBe(
      'Déclaration de Bruxelles 2013 (édition non officielle)',
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
      site: 'Brussels Declaration 2013',
      url: 'https://example.org/recommendations/r3/',
    });
    expect(citationData(edition, 'https://example.org')).toMatchObject({
      key: 'brussels-declaration-2013',
      title: 'Brussels Declaration',
      url: 'https://example.org/',
    });
  });
});
