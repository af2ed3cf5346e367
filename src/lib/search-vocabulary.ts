/**
 * The vocabulary of one language's search index: every word its pages were indexed with (their
 * text and the metadata search reads), and on how many pages each stands. Written at build time
 * beside Pagefind's index (`pagefind/vocabulary.<lang>.json`), it lets the search page say
 * "Did you mean cybercrime?" for `cybercrme` and tell a word the other edition holds.
 */
import type { VocabularyFile } from './spelling.ts';

/** A page as Pagefind indexed it: its text and its metadata. */
export interface IndexedText {
  content: string;
  meta: Readonly<Record<string, string>>;
}

/** The metadata that is text a reader searches (a page's title, its glossary terms). */
export const searchedMeta: readonly string[] = ['title', 'terms'];

/** Where a language's vocabulary is published, inside Pagefind's bundle folder. */
export const vocabularyFile = (lang: string) => `vocabulary.${lang}.json`;

const wordPattern = /[\p{L}\p{N}]+/gu;
const hasLetter = /\p{L}/u;

/**
 * Each word in lower case unless it is never written so (an acronym, a name): `cybercrime`,
 * `AEO`, `Mikuriya`. Words of one character, and numbers, are left out.
 */
export function buildVocabulary(lang: string, pages: readonly IndexedText[]): VocabularyFile {
  const pagesOf = new Map<string, number>();
  const formsOf = new Map<string, Map<string, number>>();
  for (const page of pages) {
    const text = [page.content, ...searchedMeta.map((key) => page.meta[key] ?? '')].join(' ');
    const seen = new Set<string>();
    for (const [word] of text.matchAll(wordPattern)) {
      if ([...word].length < 2 || !hasLetter.test(word)) continue;
      const key = word.toLowerCase();
      const forms = formsOf.get(key) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      formsOf.set(key, forms);
      if (!seen.has(key)) pagesOf.set(key, (pagesOf.get(key) ?? 0) + 1);
      seen.add(key);
    }
  }
  const words: Record<string, number> = {};
  for (const key of [...pagesOf.keys()].sort()) {
    const forms = formsOf.get(key) ?? new Map<string, number>();
    const shown = forms.has(key)
      ? key
      : ([...forms.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? key);
    words[shown] = pagesOf.get(key) ?? 0;
  }
  return { lang, words };
}
