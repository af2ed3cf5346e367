/**
 * From what Pagefind found to what the search page lists: one result per thing. A
 * recommendation is its own page, with its place in the text (`/#r3`) as the link under it;
 * the text (the home page) is listed only for what it holds beyond the recommendations already
 * listed, by paragraph. It imports only the search's other small modules: the search page's
 * script imports it.
 */
import { elidedWords } from './search-elision.ts';
import { foldedWords } from './search-phrase.ts';
import { highlightParam } from './search-query.ts';

/** An elided article at a word's start, with either apostrophe. */
const elidedStart = new RegExp(`^${elidedWords}['’]`, 'iu');

/** A section of a page Pagefind found, as its `data()` gives it. */
export interface FoundSection {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  /** Missing for the part of the page before its first anchor. */
  anchor?: { id: string; element?: string; location?: number } | undefined;
}

/** An anchor of a page (an element with an id), as Pagefind records it. */
export interface FoundAnchor {
  element: string;
  id: string;
  title?: string | undefined;
  location: number;
}

/** A page Pagefind found, as its `data()` gives it. */
export interface FoundPage {
  url: string;
  /** The page's text, which its excerpts are windows of. */
  content?: string | undefined;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: FoundSection[];
  anchors?: FoundAnchor[] | undefined;
}

/** A link under a result: a section of it, or a recommendation's place in the text. */
export interface ListedSection {
  title: string;
  url: string;
  /** Shown under the link when it says more than the result's own excerpt. */
  excerpt?: string | undefined;
}

export interface ListedResult {
  url: string;
  title: string;
  /** `recommendation`, `topic` or `page`. */
  type: string;
  number?: string | undefined;
  excerpt: string;
  sections: ListedSection[];
  /** The page's text, which the excerpts are windows of. */
  content?: string | undefined;
}

export interface ListingContext {
  /** The path of the text (the home page), without query or fragment: `/`, `/fr/`. */
  textPath: string;
  /** "The report, paragraph 3". */
  paragraphTitle: (paragraph: string) => string;
  /** Recommendations (by anchor id) listed so far, in earlier pages of results too. */
  listed: Set<string>;
  /** How many sections a result shows at most. */
  maxSections?: number;
  /** The query's own words (`queryTerms`): a section whose hits share none is left out. */
  terms?: readonly string[] | undefined;
}

const withoutQuery = (url: string) => url.replace(/[?#].*$/, '');
const queryOf = (url: string) => /\?[^#]*/.exec(url)?.[0] ?? '';

/**
 * Words too common to say where a query was found, in the edition's languages: "the WCO" finds
 * "the" in every paragraph, and a paragraph that holds only that is not an answer.
 */
const functionWords = new Set(
  (
    'a an and are as at be by for from has have in is it its of on or that the their them ' +
    'these they this to was were which who with ' +
    'au aux ce ces cet cette d dans de des du elle elles en est et il ils l la le les leur ' +
    'leurs ont ou par pour qui que sa se ses son sur un une'
  ).split(' '),
);

/** A word as compared here: lower case, without elision, accents or punctuation. */
function foldWord(word: string): string {
  return foldedWords(word.replace(elidedStart, '')).replace(/ /g, '');
}

/** The words of a query that say what it looks for: folded, without function words. */
export function queryTerms(query: string): string[] {
  const words = query.split(/\s+/).map(foldWord);
  return [...new Set(words.filter((word) => word && !functionWords.has(word)))];
}

/**
 * The sections that say where the query was found. Pagefind also finds words that only share a
 * stem's first letters with a query's function word ("des" finds "Déclaration"), so a hit
 * counts when it starts like one of the query's own `terms` (its first four letters, the
 * stem Pagefind matches on). When no section has such a hit (the query is "the", or the page
 * was found by its glossary terms), all stay; so does a section with no hit.
 */
function tellingSections(page: FoundPage, terms: readonly string[] = []): FoundSection[] {
  const sections = page.sub_results;
  if (!terms.length) return sections;
  const words = (page.content ?? '').split(/\s+/);
  const telling = (section: FoundSection) =>
    section.locations.some((at) => isQueryWord(words[at] ?? '', terms));
  if (!sections.some(telling)) return sections;
  return sections.filter((section) => !section.locations.length || telling(section));
}

/**
 * A result's address with only the words worth marking on the page it opens: Pagefind passes
 * every word of the query, and "the WCO" would paint every "the" of the page.
 */
function markingOnly(url: string): string {
  const match = /^([^?#]*)\?([^#]*)(#.*)?$/.exec(url);
  if (!match) return url;
  const [, path = '', query = '', hash = ''] = match;
  const params = new URLSearchParams(query);
  const words = params.getAll(highlightParam);
  // An elided article alone ("l’") folds to nothing: nothing to mark either.
  const kept = words.filter((word) => foldWord(word) && !functionWords.has(foldWord(word)));
  if (!kept.length || kept.length === words.length) return url;
  params.delete(highlightParam);
  for (const word of kept) params.append(highlightParam, word);
  return `${path}?${params}${hash}`;
}

/**
 * Whether a word of the page is one the query asked for: it starts like one of the query's own
 * `terms` (`queryTerms`), by its first four letters, the stem Pagefind matches on, and is no
 * function word. Pagefind also finds words that merely share a stem's first letters with a
 * query's function word ("des" finds "Déclaration").
 */
export function isQueryWord(word: string, terms: readonly string[]): boolean {
  const folded = foldWord(word);
  if (folded.length < 3 || functionWords.has(folded)) return false;
  return terms.some((term) => {
    const n = Math.min(4, folded.length, term.length);
    return folded.slice(0, n) === term.slice(0, n);
  });
}

/** The paragraph anchor (`p3`) that holds a location of the text. */
function paragraphAt(page: FoundPage, location: number): FoundAnchor | undefined {
  return (page.anchors ?? [])
    .filter((a) => a.element === 'p' && /^p\d+$/.test(a.id) && a.location <= location)
    .sort((a, b) => b.location - a.location)[0];
}

/** A recommendation's page: the link under it is its place in the text. */
function recommendationResult(page: FoundPage, context: ListingContext): ListedResult {
  const { anchor, paragraph } = page.meta;
  const sections =
    anchor && paragraph
      ? [
          {
            title: context.paragraphTitle(paragraph),
            url: `${context.textPath}${queryOf(page.url)}#${anchor}`,
          },
        ]
      : [];
  return listed(page, sections);
}

function listed(page: FoundPage, sections: ListedSection[], excerpt = page.excerpt): ListedResult {
  return {
    url: page.url,
    title: page.meta['title'] || page.url,
    type: page.meta['type'] ?? '',
    number: page.meta['number'],
    excerpt,
    sections,
    content: page.content,
  };
}

/**
 * The text's result, keeping only what no listed recommendation already shows: its sections
 * by paragraph, most hits first. Undefined when all it found is in listed recommendations.
 */
function textResult(page: FoundPage, context: ListingContext): ListedResult | undefined {
  // Found with no word at all (filters alone select it): the text itself, from its start.
  if (page.sub_results.every((section) => !section.locations.length)) return listed(page, []);
  const byUrl = new Map<string, FoundSection>();
  let beforeAnchors = false;
  for (const section of tellingSections(page, context.terms)) {
    const id = section.anchor?.id;
    if (!id) {
      beforeAnchors ||= section.locations.length > 0;
      continue;
    }
    if (context.listed.has(id)) continue;
    // Text after a recommendation's words belongs to its paragraph, not to the recommendation.
    const paragraph = /^p\d+$/.test(id)
      ? undefined
      : paragraphAt(page, section.anchor?.location ?? section.locations[0] ?? 0);
    const url = paragraph
      ? `${context.textPath}${queryOf(section.url)}#${paragraph.id}`
      : section.url;
    const title = paragraph?.title ?? section.title;
    const known = byUrl.get(url);
    byUrl.set(url, {
      ...section,
      url,
      title,
      locations: [...(known?.locations ?? []), ...section.locations],
      excerpt:
        known && known.locations.length >= section.locations.length
          ? known.excerpt
          : section.excerpt,
    });
  }
  const sections = [...byUrl.values()].sort((a, b) => b.locations.length - a.locations.length);
  if (!sections.length && !beforeAnchors) return undefined;
  const [first] = sections;
  // The best place's excerpt, not the page's: that one opens on the headline, which the result
  // shows as its title (and the excerpt leaves out), and would repeat the first paragraph.
  const excerpt = first ? first.excerpt : page.excerpt;
  const result = listed(
    page,
    sections.slice(0, context.maxSections ?? 3).map(({ title, url, excerpt: text }) => ({
      title,
      url,
      excerpt: text === excerpt ? undefined : text,
    })),
    excerpt,
  );
  // Its title leads to the best place too: the top of the text may hold no hit on a phone's screen.
  return first ? { ...result, url: first.url } : result;
}

/** Any other page: its anchored sections, most hits first. */
function otherResult(page: FoundPage, context: ListingContext): ListedResult {
  const sections = tellingSections(page, context.terms)
    .filter((section) => section.anchor)
    .sort((a, b) => b.locations.length - a.locations.length)
    .slice(0, context.maxSections ?? 3)
    .map((s) => ({
      title: s.title,
      url: s.url,
      excerpt: s.excerpt === page.excerpt ? undefined : s.excerpt,
    }));
  return listed(page, sections);
}

/**
 * Lists one batch of found pages, in Pagefind's order. Recommendations in the batch count as
 * listed before the text is looked at, so the text never repeats one listed beside it.
 * Returns the results and how many found pages were left out as copies.
 */
export function listResults(
  pages: readonly FoundPage[],
  context: ListingContext,
): { results: ListedResult[]; leftOut: number } {
  for (const page of pages) {
    if (page.meta['type'] === 'recommendation' && page.meta['anchor']) {
      context.listed.add(page.meta['anchor']);
    }
  }
  const results: ListedResult[] = [];
  let leftOut = 0;
  for (const page of pages) {
    const result =
      page.meta['type'] === 'recommendation'
        ? recommendationResult(page, context)
        : withoutQuery(page.url) === context.textPath
          ? textResult(page, context)
          : otherResult(page, context);
    if (result) {
      results.push({
        ...result,
        url: markingOnly(result.url),
        sections: result.sections.map((s) => ({ ...s, url: markingOnly(s.url) })),
      });
    } else leftOut += 1;
  }
  return { results, leftOut };
}
