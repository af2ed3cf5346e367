/**
 * Citations of the declaration and of each recommendation: a formatted reference to copy, and
 * BibTeX, RIS and CSL-JSON files for reference managers. `citationData` gathers the facts from
 * an edition; the formatters are pure functions of those facts and the language.
 */
import { defaultLang, languageTags, type Lang } from '../i18n/locales.ts';
import { formatDate, isoDate, translate } from '../i18n/ui.ts';
import type { Edition, Recommendation } from './edition.ts';
import { citationTypes } from './media-types.ts';
import { absoluteUrl, homePath, recommendationPath } from './urls.ts';

export interface CitationData {
  lang: Lang;
  /**
   * Stable citation key: the declaration's id, plus `-r3` for a recommendation and `-fr` in a
   * translation, so that both editions' entries can sit in one bibliography.
   */
  key: string;
  /**
   * The source cited: the report, by its publisher (the WCO, its author here), headline (in its
   * own language) and date.
   */
  publisher: string;
  headline: string;
  /** Kind of publication, in the page's language ("News item"). */
  kind: string;
  published: Date;
  /** What the report reports: the declaration, its conference, place and date. */
  title: string;
  conference: string;
  place: string;
  adopted: Date;
  /** The editors' number of the recommendation cited, if one is: the report numbers none. */
  number?: number | undefined;
  /** Whether the text cited is the site's translation. */
  translated: boolean;
  /** This edition's date (its latest change's): what a reader cited may change after it. */
  edition: Date;
  /**
   * This website's name, in the page's language: where the report is read, never its publisher.
   * The URL and the edition's date are the site's, so every format names the site beside them.
   */
  site: string;
  /** Absolute URL of the page on this site. */
  url: string;
}

/** Language names as BibTeX's babel and biblatex expect them. */
const bibtexLanguages: Record<Lang, string> = { en: 'english', fr: 'french' };

export function citationData(
  edition: Edition,
  site: URL | string | undefined,
  recommendation?: Recommendation,
): CitationData {
  const { lang } = edition;
  const d = edition.declaration.data;
  const r = recommendation;
  return {
    lang,
    key: [d.id, r?.id, lang === defaultLang ? undefined : lang].filter(Boolean).join('-'),
    publisher: d.source.publisher,
    headline: d.source.title,
    kind: d.source.kind,
    published: d.source.published,
    title: d.title,
    conference: d.conference.name,
    place: d.place,
    adopted: d.adopted,
    number: r?.number,
    translated: d.translation === 'translation',
    edition: edition.date,
    site: translate(lang, 'site.name'),
    url: absoluteUrl(r ? recommendationPath(lang, r.id) : homePath(lang), site),
  };
}

/** This website as the formats name it: its name, said to be an unofficial edition. */
function container(c: CitationData): string {
  return translate(c.lang, 'cite.container', { site: c.site });
}

/** What reference managers keep as a note: what the report reports, whose numbers, and where. */
function note(c: CitationData): string {
  const parts = [
    translate(c.lang, 'cite.note', {
      title: c.title,
      conference: c.conference,
      place: c.place,
      date: formatDate(c.lang, c.adopted),
    }),
    c.number ? translate(c.lang, 'cite.partNote', { number: c.number }) : '',
    c.translated ? translate(c.lang, 'cite.translationNote') : '',
    translate(c.lang, 'cite.editionNote', {
      container: container(c),
      date: formatDate(c.lang, c.edition),
    }),
  ];
  return parts.filter(Boolean).join(' ');
}

/** A piece of the formatted reference, with its language when it is not the reference's. */
export interface ReferencePart {
  text: string;
  lang?: string | undefined;
}

/**
 * The reference as a reader copies it into a footnote: the report is the source, the
 * declaration is what it reports, and an editors' number is said to be the editors'. In pieces:
 * the publisher's name and the headline are in the report's own language, which a page in
 * another marks (`lang`), as it marks every English title it quotes.
 */
export function referenceParts(c: CitationData): ReferencePart[] {
  const own = [c.publisher, c.headline];
  const placeholder = (i: number) => `\u0000${i}\u0000`;
  const text = translate(c.lang, 'cite.reference', {
    publisher: placeholder(0),
    headline: placeholder(1),
    kind: c.kind.toLowerCase(),
    published: formatDate(c.lang, c.published),
    title: c.title,
    conference: c.conference,
    place: c.place,
    date: formatDate(c.lang, c.adopted),
    part: c.number ? translate(c.lang, 'cite.part', { number: c.number }) : '',
    translation: c.translated ? translate(c.lang, 'cite.translation') : '',
    edition: translate(c.lang, 'cite.edition', {
      container: container(c),
      date: formatDate(c.lang, c.edition),
    }),
    url: c.url,
  });
  const foreign = c.lang === defaultLang ? undefined : languageTags[defaultLang];
  return text
    .split(/\u0000(\d)\u0000/)
    .map((piece, i): ReferencePart =>
      i % 2 ? { text: own[Number(piece)] ?? '', lang: foreign } : { text: piece },
    )
    .filter((part) => part.text);
}

/** The reference as one string, to copy or to print. */
export function formatReference(c: CitationData): string {
  return referenceParts(c)
    .map((part) => part.text)
    .join('');
}

/**
 * Escapes BibTeX's special characters; letters with accents stay UTF-8, which biber reads.
 * Braces become commands, not `\\{`: BibTeX counts braces even after a backslash, so a lone one
 * would leave the field open.
 */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => {
    if (char === '\\') return '\\textbackslash{}';
    if (char === '{') return '\\textbraceleft{}';
    if (char === '}') return '\\textbraceright{}';
    if (char === '~') return '\\textasciitilde{}';
    if (char === '^') return '\\textasciicircum{}';
    return `\\${char}`;
  });
}

const bibtexMonths = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/**
 * A BibTeX `@misc` entry for the report, its corporate author the organization that published
 * it, and this website where it is read (`howpublished`, which BibTeX and biblatex both print).
 *
 * Classic BibTeX fields throughout, year and month rather than biblatex's `date`: an `@misc`
 * with them reads the same in BibTeX styles and in biblatex, which understands year and month,
 * whereas `date` is lost on BibTeX and, given beside them, makes biber warn. `version` and
 * `language` are biblatex's, `url` biblatex's and natbib styles'; other styles skip them.
 */
export function toBibtex(c: CitationData): string {
  const fields: [string, string][] = [
    // Double braces keep the title's capitals and make the author a body, not a person's name.
    ['title', `{{${escapeBibtex(c.headline)}}}`],
    ['author', `{{${escapeBibtex(c.publisher)}}}`],
    [
      'howpublished',
      `{${escapeBibtex(translate(c.lang, 'cite.howPublished', { kind: c.kind, container: container(c) }))}}`,
    ],
    ['year', `{${c.published.getUTCFullYear()}}`],
    // A month macro, unbraced, so every style prints it in its own language.
    ['month', bibtexMonths[c.published.getUTCMonth()] as string],
    ['url', `{${c.url}}`],
    // The version of this website's edition cited, as an ISO date: `howpublished` names the site.
    ['version', `{${isoDate(c.edition)}}`],
    ['note', `{${escapeBibtex(note(c))}}`],
    ['language', `{${bibtexLanguages[c.lang]}}`],
  ];
  return `@misc{${c.key},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}\n`;
}

/**
 * A RIS record (CRLF line ends, as the format specifies): the report as a web page, its
 * secondary title (T2, a web page's website) this site. No PB: reference managers read it as
 * the publisher of what is at the URL, which is this site's edition, not the WCO's.
 */
export function toRis(c: CitationData): string {
  const tags: [string, string][] = [
    ['TY', 'ELEC'],
    ['TI', c.headline],
    ['AU', c.publisher],
    ['T2', container(c)],
    ['PY', String(c.published.getUTCFullYear())],
    ['DA', isoDate(c.published).replaceAll('-', '/')],
    ['M3', c.kind],
    ['UR', c.url],
    // The edition of the site (T2) cited, as an ISO date.
    ['ET', isoDate(c.edition)],
    ['N1', note(c)],
    ['LA', languageTags[c.lang]],
    ['ER', ''],
  ];
  return tags.map(([tag, value]) => `${tag}  - ${value}\r\n`).join('');
}

/**
 * CSL-JSON, the format of Zotero, Pandoc and citeproc: an array with one item, a web page whose
 * container (its website) is this site. No `publisher`, which would make the WCO publish it.
 */
export function toCslJson(c: CitationData): string {
  const item = {
    id: c.key,
    type: 'webpage',
    title: c.headline,
    author: [{ literal: c.publisher }],
    'container-title': container(c),
    genre: c.kind,
    issued: {
      'date-parts': [
        [c.published.getUTCFullYear(), c.published.getUTCMonth() + 1, c.published.getUTCDate()],
      ],
    },
    URL: c.url,
    version: isoDate(c.edition),
    note: note(c),
    language: languageTags[c.lang],
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}

export const citationFormats = {
  bib: { render: toBibtex, type: citationTypes.bib },
  ris: { render: toRis, type: citationTypes.ris },
  json: { render: toCslJson, type: citationTypes.json },
} as const;
