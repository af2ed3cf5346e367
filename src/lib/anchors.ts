/**
 * Every id the site's own pages put on an element. Ids are permanent anchors (`/#summary`,
 * `/#r3`), so no heading in the content may take one over: the content check refuses a heading
 * whose slug is one of these (`src/lib/content-check/rules/reserved-ids.ts`), and a build test
 * checks that every id in the built pages is listed here or comes from the content.
 */
import { recommendationIdPattern } from './content-schema';

/** Sections of the home page, each a permanent anchor such as `/#summary`. */
export const homeSections = {
  details: 'details',
  summary: 'summary',
  topics: 'topics',
  recommendations: 'recommendations',
  acknowledgement: 'acknowledgement',
  source: 'source',
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
} as const;

/** The search page's form controls and result sections all start with this. */
export const searchIdPrefix = 'search-';

// Later entries win: an id the home page also uses is named by its best-known place.
const described: ReadonlyMap<string, string> = new Map([
  ...Object.values(layoutIds).map((id) => [id, 'an element of the page layout'] as const),
  ...Object.values(topicSections).map((id) => [id, 'a section of the topic pages'] as const),
  ...Object.values(homeSections).map((id) => [id, `a section of the home page (/#${id})`] as const),
]);

/** Which of the site's own elements `id` belongs to, or undefined if the site never uses it. */
export function reservedIdOwner(id: string): string | undefined {
  if (recommendationIdPattern.test(id)) return `the permanent anchor of recommendation ${id}`;
  if (id.startsWith(searchIdPrefix)) return 'the search form';
  return described.get(id);
}
