/**
 * Citations of the declaration and of each recommendation: a formatted reference to copy, and
 * BibTeX, RIS and CSL-JSON files for reference managers. `citationData` gathers the facts from
 * an edition; the formatters are pure functions of those facts and the language.
 */
import { languageTags, type Lang } from '../i18n/locales';
import { formatDate, isoDate, translate } from '../i18n/ui';
import type { Edition, Recommendation } from './edition';
import { absoluteUrl, homePath, recommendationPath } from './urls';

export interface CitationData {
  lang: Lang;
  /** Stable citation key: the declaration's id, plus `-r3` for a recommendation. */
  key: string;
  /** Title of the declaration, or "<declaration>, recommendation <n>". */
  title: string;
  /** Title of the declaration alone. */
  declarationTitle: string;
  /** The recommendation's number, when citing one. */
  number?: number | undefined;
  /** The Conference that adopted it: the author. */
  conference: string;
  place: string;
  adopted: Date;
  /** Organization that published the source, and when. */
  publisher: string;
  published: Date;
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
    key: r ? `${d.id}-${r.id}` : d.id,
    title: r
      ? translate(lang, 'cite.recommendationTitle', { title: d.title, number: r.number })
      : d.title,
    declarationTitle: d.title,
    number: r?.number,
    conference: d.conference.name,
    place: d.place,
    adopted: d.adopted,
    publisher: d.source.publisher,
    published: d.source.published,
    url: absoluteUrl(r ? recommendationPath(lang, r.id) : homePath(lang), site),
  };
}

function reportedBy(c: CitationData): string {
  return translate(c.lang, 'cite.reportedBy', {
    publisher: c.publisher,
    date: formatDate(c.lang, c.published),
  });
}

/** The reference as a reader copies it into a footnote, as the About page describes it. */
export function formatReference(c: CitationData): string {
  return translate(c.lang, 'cite.reference', {
    title: c.declarationTitle,
    part: c.number ? translate(c.lang, 'cite.part', { number: c.number }) : '',
    conference: c.conference,
    place: c.place,
    date: formatDate(c.lang, c.adopted),
    reported: reportedBy(c),
    url: c.url,
  });
}

/** Escapes BibTeX's special characters; letters with accents stay UTF-8, which biber reads. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => {
    if (char === '\\') return '\\textbackslash{}';
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

/** A BibTeX `@misc` entry: no entry type fits a conference declaration better. */
export function toBibtex(c: CitationData): string {
  const fields: [string, string][] = [
    // Double braces keep the title's capitals and make the author a body, not a person's name.
    ['title', `{{${escapeBibtex(c.title)}}}`],
    ['author', `{{${escapeBibtex(c.conference)}}}`],
    ['date', `{${isoDate(c.adopted)}}`],
    ['year', `{${c.adopted.getUTCFullYear()}}`],
    // A month macro, unbraced, so every style prints it in its own language.
    ['month', bibtexMonths[c.adopted.getUTCMonth()] as string],
    ['address', `{${escapeBibtex(c.place)}}`],
    ['url', `{${c.url}}`],
    ['note', `{${escapeBibtex(reportedBy(c))}}`],
    ['language', `{${bibtexLanguages[c.lang]}}`],
  ];
  return `@misc{${c.key},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}\n`;
}

/** A RIS record (CRLF line ends, as the format specifies). */
export function toRis(c: CitationData): string {
  const date = isoDate(c.adopted).replaceAll('-', '/');
  const tags: [string, string][] = [
    ['TY', 'GOVDOC'],
    ['TI', c.title],
    ['AU', c.conference],
    ['PY', String(c.adopted.getUTCFullYear())],
    ['DA', date],
    ['CY', c.place],
    ['UR', c.url],
    ['N1', reportedBy(c)],
    ['LA', languageTags[c.lang]],
    ['ER', ''],
  ];
  return tags.map(([tag, value]) => `${tag}  - ${value}\r\n`).join('');
}

/** CSL-JSON, the format of Zotero, Pandoc and citeproc: an array with one item. */
export function toCslJson(c: CitationData): string {
  const item = {
    id: c.key,
    type: 'document',
    title: c.title,
    author: [{ literal: c.conference }],
    issued: {
      'date-parts': [
        [c.adopted.getUTCFullYear(), c.adopted.getUTCMonth() + 1, c.adopted.getUTCDate()],
      ],
    },
    'event-title': c.conference,
    'event-place': c.place,
    URL: c.url,
    note: reportedBy(c),
    language: languageTags[c.lang],
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}

export const citationFormats = {
  bib: { render: toBibtex, type: 'application/x-bibtex; charset=utf-8' },
  ris: { render: toRis, type: 'application/x-research-info-systems; charset=utf-8' },
  json: { render: toCslJson, type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;
