/**
 * Spelling help for search, over the vocabulary of one language's index (the words of its built
 * pages, written at build time: `search-vocabulary.ts`). Pagefind finds words by prefix and has
 * no typo tolerance; this finds, for a word no indexed word starts with, the indexed words
 * within a slip or two of it. No dependencies: the search page's script imports it.
 */
import { foldWord, editDistance, slipsAllowed } from './word-distance.ts';

/** A vocabulary as the build writes it: each indexed word and the number of pages it is on. */
export interface VocabularyFile {
  lang: string;
  words: Record<string, number>;
}

/** A vocabulary ready for lookups: folded forms beside the forms shown to readers. */
export interface Vocabulary {
  lang: string;
  entries: readonly { folded: string; shown: string; pages: number }[];
}

/** A word of a query, where it stands in the query's text. */
export interface QueryWord {
  text: string;
  start: number;
}

export interface Correction {
  /** The word as the reader typed it. */
  word: string;
  /** Indexed words close to it, closest (then most used) first. */
  candidates: readonly { shown: string; distance: number }[];
}

export interface SpellingAdvice {
  /** Words of the query no indexed word starts with. */
  unknown: readonly string[];
  /** Whole queries with the unknown words corrected, the likeliest first; empty if none. */
  suggestions: readonly string[];
  /** The first suggestion, when each correction in it is clearly closer than any other. */
  clear: string | undefined;
}

/** Words as the index splits them: runs of letters and digits. */
const wordPattern = /[\p{L}\p{N}]+/gu;

export function queryWords(query: string): QueryWord[] {
  return [...query.matchAll(wordPattern)].map((m) => ({ text: m[0], start: m.index }));
}

export function prepareVocabulary(file: VocabularyFile): Vocabulary {
  const byFolded = new Map<string, { folded: string; shown: string; pages: number }>();
  for (const [shown, pages] of Object.entries(file.words)) {
    const folded = foldWord(shown);
    const known = byFolded.get(folded);
    if (!known || pages > known.pages) byFolded.set(folded, { folded, shown, pages });
  }
  return { lang: file.lang, entries: [...byFolded.values()] };
}

/** Whether the index holds a word that starts with `word`, as Pagefind matches by prefix. */
export function isKnown(word: string, vocabulary: Vocabulary): boolean {
  const folded = foldWord(word);
  return vocabulary.entries.some((entry) => entry.folded.startsWith(folded));
}

/** Words too short to correct or to look up are left as they are. */
const isLookedUp = (word: string) => [...word].length >= 2;

/** Whether every word of the query is one the vocabulary knows (the query can find pages). */
export function knowsQuery(query: string, vocabulary: Vocabulary): boolean {
  const words = queryWords(query).filter((w) => isLookedUp(w.text));
  return words.length > 0 && words.every((w) => isKnown(w.text, vocabulary));
}

/** Indexed words within the slips a word of its length may hold, closest first. */
export function candidatesFor(word: string, vocabulary: Vocabulary, max = 3): Correction {
  const folded = foldWord(word);
  const limit = slipsAllowed(word);
  const candidates =
    limit === 0
      ? []
      : vocabulary.entries
          .map((entry) => ({ entry, distance: editDistance(folded, entry.folded, limit) }))
          .filter(({ distance }) => distance <= limit)
          .sort(
            (a, b) =>
              a.distance - b.distance ||
              b.entry.pages - a.entry.pages ||
              (a.entry.folded < b.entry.folded ? -1 : 1),
          )
          .slice(0, max)
          .map(({ entry, distance }) => ({ shown: entry.shown, distance }));
  return { word, candidates };
}

/** The query with the word at `at` replaced. */
function replaceWord(query: string, at: QueryWord, by: string): string {
  return `${query.slice(0, at.start)}${by}${query.slice(at.start + at.text.length)}`;
}

/**
 * What to offer for a query that found nothing or little: its unknown words, corrected queries
 * (the best correction of every unknown word first, then other corrections of a single unknown
 * word), and whether the first is clearly right. A query with an unknown word that has no
 * correction gets no suggestion: half a correction would still find nothing.
 */
export function spellingAdvice(query: string, vocabulary: Vocabulary, max = 3): SpellingAdvice {
  const unknownWords = queryWords(query).filter(
    (w) => isLookedUp(w.text) && !isKnown(w.text, vocabulary),
  );
  const unknown = unknownWords.map((w) => w.text);
  const corrections = unknownWords.map((w) => ({ at: w, ...candidatesFor(w.text, vocabulary) }));
  if (!corrections.length || corrections.some((c) => !c.candidates.length)) {
    return { unknown, suggestions: [], clear: undefined };
  }
  // Replace from the end, so earlier positions stay right.
  const withBest = [...corrections]
    .reverse()
    .reduce((text, c) => replaceWord(text, c.at, c.candidates[0]?.shown ?? c.at.text), query);
  const suggestions = [withBest];
  if (corrections.length === 1) {
    const [only] = corrections;
    for (const candidate of only?.candidates.slice(1) ?? []) {
      if (only) suggestions.push(replaceWord(query, only.at, candidate.shown));
    }
  }
  const isClear = corrections.every(({ candidates: [best, next] }) =>
    best ? next === undefined || next.distance > best.distance : false,
  );
  return {
    unknown,
    suggestions: [...new Set(suggestions)].slice(0, max),
    clear: isClear ? withBest : undefined,
  };
}
