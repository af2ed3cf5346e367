/**
 * The content model: what every content file may and must say. Each field has a one-line
 * description, so this file is the editors' manual. It is the one place the schemas live:
 * `src/content.config.ts` wraps them for Astro's collections (adding `reference()` for topics)
 * and `src/lib/content-check/` runs them over the files before anything renders, with every
 * rule that spans files. Every object is strict: a field this file does not name is an error,
 * never silently dropped.
 */
import { z } from 'astro/zod';
import { changedParts } from './page-kinds.ts';

/** A missing field says so, instead of zod's "expected string, received undefined". */
z.config({
  customError: (issue) => (issue.input === undefined ? 'missing (required)' : undefined),
});

/**
 * Longest text each field may hold, in characters. Titles must fit a browser tab, a list and a
 * preview card; descriptions a search result; a recommendation's words the preview card (six
 * lines at the smallest size) and the page's meta description. Each limit leaves room for the
 * longest text of its kind in the source, in either language.
 */
export const limits = {
  /** Ids are URL segments, typed and quoted by readers. */
  id: 60,
  /** The declaration's short title, as readers name it. */
  title: 100,
  /** A headline as the source gives it: long official titles must still fit. */
  headline: 300,
  /** A heading of a topic or a recommendation. */
  heading: 120,
  /** A label in lists, filters and navigation. */
  shortTitle: 40,
  /** A meta description: search results show about 160 characters. */
  description: 200,
  /** A place or a person's name. */
  name: 100,
  /** An organization, an office, a kind of publication. */
  label: 200,
  /** A quoted phrase such as a topic's wording in the source. */
  phrase: 500,
  /** A date line as the source prints it. */
  dateline: 40,
  /** A recommendation's words: they must fit the preview card and the meta description. */
  words: 300,
  /** Why a change was made: a sentence or two. */
  reason: 500,
} as const;

/** Text of at most `max` characters, not empty once trimmed. */
function text(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, {
      error: (issue) =>
        `must be at most ${max} characters, found ${String(issue.input).trim().length}`,
    });
}

/** Ids are permalinks: lowercase letters, digits and hyphens, decided once and never reused. */
export const permanentId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens')
  .max(limits.id, { error: `must be at most ${limits.id} characters` });

/** A recommendation's id: the letter r and its number. */
export const recommendationIdPattern = /^r[1-9][0-9]*$/;

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Why `value` is not a real calendar date written `YYYY-MM-DD`, or undefined if it is one. */
export function calendarDateProblem(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return `must be a date written YYYY-MM-DD, such as 2013-07-02; found "${value}"`;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `"${value}" is not a real date: there is no month ${month}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) {
    return `"${value}" is not a real date: ${monthNames[month - 1]} ${year} has ${days} days`;
  }
  return undefined;
}

/**
 * A calendar date, written `YYYY-MM-DD`. Astro's YAML reader has already made a `Date` of an
 * unquoted date (and would turn 2013-02-30 into 2 March); the content check reads the text as
 * written, so an impossible date is refused before Astro sees it.
 */
export const calendarDate = z.unknown().transform((value, context): Date => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  const problem =
    value === undefined
      ? 'missing (required)'
      : typeof value === 'string'
        ? calendarDateProblem(value)
        : `must be a date written YYYY-MM-DD, such as 2013-07-02`;
  if (problem === undefined) return new Date(`${String(value)}T00:00:00Z`);
  context.addIssue({ code: 'custom', message: problem });
  return z.NEVER;
});

const translationStatus = z
  .enum(['original', 'translation'])
  .describe("'original' for the source language, 'translation' for the site's own translation");

export const declarationSchema = z
  .object({
    /** Permanent id of the declaration, used in data exports and citations. */
    id: permanentId,
    /** Short title, as readers name it. */
    title: text(limits.title),
    /**
     * The source's heading as this edition prints it above the text: word for word in the
     * original language (where it must equal `source.title`), translated in a translation.
     */
    headline: text(limits.headline),
    /** The source's date line as this edition prints it under the heading ("05 July 2013"). */
    dateline: text(limits.dateline),
    /** Date the Conference adopted the declaration. */
    adopted: calendarDate,
    /** City where it was adopted. */
    place: text(limits.name),
    /** The Conference that adopted it. */
    conference: z
      .object({
        /** Full name of the Conference. */
        name: text(limits.headline),
        /** Its number in the series (18 for the 18th). */
        ordinal: z.number().int().positive(),
        /** First day of the Conference. */
        start: calendarDate,
        /** Last day of the Conference. */
        end: calendarDate,
        /** City where it was held. */
        city: text(limits.name),
        /** Administration that hosted it. */
        host: text(limits.label),
      })
      .strict(),
    /** The WCO official who took part. */
    wcoParticipant: z
      .object({
        /** Name of the official. */
        name: text(limits.name),
        /** Their office. */
        role: text(limits.label),
      })
      .strict(),
    /**
     * The only source: the publication that reports the declaration. The Markdown body is its
     * text, paragraph by paragraph (in a translation, the site's translation of it).
     */
    source: z
      .object({
        /** Organization that published it. */
        publisher: text(limits.label),
        /** Kind of publication. */
        kind: text(limits.name),
        /** Headline of the publication, in its own language (the same in every edition). */
        title: text(limits.headline),
        /** Date of publication. */
        published: calendarDate,
      })
      .strict(),
    /** Whether this text is the source language or the site's translation of it. */
    translation: translationStatus,
  })
  .strict();

export const topicSchema = z
  .object({
    /** Permanent id; decides `/topics/<id>/`. Never change or reuse it. */
    id: permanentId,
    /** Position in the order the source lists the topics, from 1. */
    number: z.number().int().positive(),
    /** The editors' short name for the topic, the same in headings, lists and filters. */
    name: text(limits.shortTitle),
    /** The topic exactly as the source's list of topics words it; marked in the text. */
    sourceWording: text(limits.phrase),
    /** The Markdown body is the site's editorial context, never the declaration's words. */
    bodyRole: z.literal('editorial'),
  })
  .strict();

/**
 * A recommendation is frontmatter only (no Markdown body). `topicId` is how a topic is named:
 * a plain id for the content check, Astro's `reference()` in the collections.
 */
export function recommendationSchema<TopicId extends z.ZodType>(topicId: TopicId) {
  return z
    .object({
      /** Permanent id (`r3`); decides `/recommendations/<id>/` and the `#<id>` anchor. */
      id: z.string().regex(recommendationIdPattern, "must be 'r' followed by a number, such as r3"),
      /** Its number, in the order of the source, from 1. */
      number: z.number().int().positive(),
      /** The editors' short title; the source's own words are in `words`. */
      title: text(limits.heading),
      /**
       * Whom the words concern, in the editors' reading: the WCO (the Conference stressed its
       * role, or encouraged it) or Customs administrations (the Conference recommended).
       */
      concerns: z.enum(['wco', 'customs-administrations']),
      /** The verb the source reports: a statement (stressed) or a request (encouraged, recommended). */
      verb: z.enum(['stressed', 'encouraged', 'recommended']),
      /** Its words, exactly as the source text gives them once; marked there as `#<id>`. */
      words: text(limits.words),
      /** Topics it relates to in the editors' reading, by topic id, each once. */
      topics: z.array(topicId).min(1, 'must name at least one topic'),
    })
    .strict();
}

export const pageSchema = z
  .object({
    /** Permanent id; decides the page's URL (`about` is `/about/`). */
    id: permanentId,
    /** Page heading and `<title>`. */
    title: text(limits.heading),
    /** Meta description, one or two sentences. */
    description: text(limits.description),
  })
  .strict();

/** An acronym as it is written: capital letters and digits, such as AEO, OMD or G20. */
export const acronym = z
  .string()
  .regex(/^\p{Lu}[\p{Lu}\p{N}]{1,9}$/u, 'must be 2 to 10 capital letters or digits, such as AEO');

/**
 * One term of the glossary. It is the editors' work, drawn from the report's own wording and
 * the organizations' official names: search finds the entry's page by every form and acronym
 * given here, and the text expands each acronym where it first appears on a page.
 */
export const glossaryEntrySchema = z
  .object({
    /** Permanent id, the same in every language: it ties an entry to its translation. */
    id: permanentId,
    /** The term as the report words it (or its official name); the report's text must hold it or one of its forms. */
    term: text(limits.label),
    /** Its acronyms in this language, as officially written: AEO (English), OEA (French). */
    acronyms: z.array(acronym).optional(),
    /** Other ways readers write the term: plurals, British or American spelling. */
    forms: z.array(text(limits.label)).optional(),
    /** The topic the term belongs to, by id (give this or `recommendation`). */
    topic: permanentId.optional(),
    /** The recommendation the term belongs to, by id (give this or `topic`). */
    recommendation: z
      .string()
      .regex(recommendationIdPattern, "must be 'r' followed by a number, such as r3")
      .optional(),
  })
  .strict()
  .superRefine((entry, context) => {
    if ((entry.topic === undefined) === (entry.recommendation === undefined)) {
      context.addIssue({
        code: 'custom',
        path: [entry.topic === undefined ? 'id' : 'recommendation'],
        message:
          entry.topic === undefined
            ? 'names no page: give the topic or the recommendation the term belongs to'
            : 'give either a topic or a recommendation, not both',
      });
    }
  });

/** The glossary of one language: frontmatter only, one entry per term. */
export const glossarySchema = z
  .object({
    /** The terms, each with its forms, acronyms and the page it belongs to. */
    entries: z.array(glossaryEntrySchema).min(1, 'must hold at least one entry'),
  })
  .strict();

/**
 * One change to the edition, in its log: `content/<lang>/changes/<id>.md`. The Markdown body
 * says what changed, in a few sentences; the log is published as `/changes/` and as an Atom
 * feed, and gives every page its "last changed" date and the edition its date (the latest
 * change's). Changes are dated from the edition's own history (its repository), never guessed.
 */
export const changeSchema = z
  .object({
    /** Permanent id; the change's anchor on `/changes/` and its feed entry's id. Never reuse it. */
    id: permanentId,
    /** Its place in the log, from 1 for the first publication; dates never go back as it grows. */
    number: z.number().int().positive(),
    /** The day the change was made to the edition; the latest change's date is the edition's. */
    date: calendarDate,
    /** What changed, in one line: the heading on `/changes/` and the feed entry's title. */
    title: text(limits.heading),
    /** Why it changed, in a sentence or two. */
    why: text(limits.reason),
    /**
     * The pages it changed, by kind (`home`, `recommendation`, … as in `src/lib/page-kinds.ts`),
     * `exports` for the data and citation files, or `all` for every page; each once.
     */
    pages: z
      .array(z.enum(changedParts))
      .min(1, 'must name at least one kind of page, or all')
      .refine((pages) => new Set(pages).size === pages.length, 'must name each kind once'),
  })
  .strict();

/** The kinds of content file, as folders of one language's content. */
export const contentKinds = [
  'declaration',
  'topic',
  'recommendation',
  'page',
  'glossary',
  'change',
] as const;
export type ContentKind = (typeof contentKinds)[number];

/**
 * Where each kind lives in `content/<lang>/` (a folder of files, or one file of that name), and
 * whether its Markdown body is required.
 */
export const contentLayout: Record<
  ContentKind,
  {
    folder: string | undefined;
    file?: string;
    collection: string;
    body: 'required' | 'forbidden';
  }
> = {
  declaration: {
    folder: undefined,
    file: 'declaration.md',
    collection: 'declaration',
    body: 'required',
  },
  topic: { folder: 'topics', collection: 'topics', body: 'required' },
  recommendation: { folder: 'recommendations', collection: 'recommendations', body: 'forbidden' },
  page: { folder: 'pages', collection: 'pages', body: 'required' },
  glossary: { folder: undefined, file: 'glossary.md', collection: 'glossary', body: 'forbidden' },
  change: { folder: 'changes', collection: 'changes', body: 'required' },
};
