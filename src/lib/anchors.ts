/**
 * Every id the site's own pages put on an element. Ids are permanent anchors (`/#summary`,
 * `/#r3`), so no heading in the content may take one over: the content check refuses a heading
 * whose slug is one of these (`src/lib/content-check/rules/reserved-ids.ts`), and a build test
 * checks that every id in the built pages is listed here or comes from the content.
 */
import { recommendationIdPattern } from './content-schema.ts';

/**
 * Places on the home page, each a permanent anchor such as `/#details`. Some were sections of an
 * earlier home page and still lead to the same thing in the text: `summary` to the report's
 * text, `topics` to its list of topics, `acknowledgement` to its closing paragraph, `source` to
 * the line that says what the text is.
 */
export const homeSections = {
  summary: 'summary',
  source: 'source',
  topics: 'topics',
  acknowledgement: 'acknowledgement',
  recommendations: 'recommendations',
  details: 'details',
  cite: 'cite',
} as const;

/** Each paragraph of the text has an anchor of its number: `/#p2`. */
export const paragraphId = (number: number) => `p${number}`;
const paragraphIdPattern = /^p[1-9][0-9]*$/;

/**
 * The side-by-side page's units that are not paragraphs (those are `#p1`, `#p2` … as on the home
 * page, and `#r3` is recommendation 3's words in both languages).
 */
export const sideBySideUnits = {
  headline: 'headline',
  dateline: 'dateline',
} as const;

/** Each change in the log has an anchor on `/changes/` from its permanent id: `#change-<id>`. */
export const changeIdPrefix = 'change-';
export const changeAnchor = (id: string) => `${changeIdPrefix}${id}`;

/** Sections the about page adds after its content. */
export const aboutSections = {
  citationExamples: 'citation-examples',
} as const;

/** Sections of a topic page. */
export const topicSections = {
  recommendations: 'recommendations',
} as const;

/** Ids the layout and its components use on every page or on some. */
export const layoutIds = {
  /** The main landmark, target of the skip link. */
  main: 'main',
  /** Label of the "editorial context" box. */
  editorialLabel: 'editorial-label',
  /** The data exports section. */
  dataExports: 'data-exports',
  /** The edition's PDFs and reading offline (`EditionDownloads`). */
  downloads: 'downloads',
} as const;

/** The search page's form controls and result sections all start with this. */
export const searchIdPrefix = 'search-';

// Later entries win: an id the home page also uses is named by its best-known place.
const described: ReadonlyMap<string, string> = new Map([
  ...Object.values(layoutIds).map((id) => [id, 'an element of the page layout'] as const),
  ...Object.values(topicSections).map((id) => [id, 'a section of the topic pages'] as const),
  ...Object.values(sideBySideUnits).map((id) => [id, 'a unit of the side-by-side page'] as const),
  ...Object.values(aboutSections).map((id) => [id, 'a section of the about page'] as const),
  ...Object.values(homeSections).map((id) => [id, `a section of the home page (/#${id})`] as const),
]);

/** Which of the site's own elements `id` belongs to, or undefined if the site never uses it. */
export function reservedIdOwner(id: string): string | undefined {
  if (recommendationIdPattern.test(id)) return `the permanent anchor of recommendation ${id}`;
  if (paragraphIdPattern.test(id)) return `the anchor of paragraph ${id.slice(1)} of the text`;
  if (id.startsWith(searchIdPrefix)) return 'the search form';
  if (id.startsWith(changeIdPrefix)) return 'the anchor of a change on the changes page';
  return described.get(id);
}
