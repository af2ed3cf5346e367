/**
 * Loads Pagefind once, on demand: nothing is fetched until a reader focuses or types in a search
 * field. The bundle lives under the site's base path, and Pagefind picks the index of the page's
 * language from `<html lang>` by itself. Each language's vocabulary (for spelling help) sits
 * beside the index and is fetched the same way, once, when a search needs it.
 */
import { prepareVocabulary, type Vocabulary, type VocabularyFile } from '../lib/spelling.ts';
import type { FoundPage } from '../lib/search-results.ts';
import { highlightParam } from '../lib/search-query.ts';

export interface PagefindResult {
  id: string;
  data(): Promise<FoundPage>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    /** `null` lists every page the filters select. */
    term: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] }>;
  preload(term: string): Promise<void>;
}

const base = import.meta.env.BASE_URL;
let loading: Promise<Pagefind> | undefined;

async function load(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({
    baseUrl: base,
    highlightParam,
    // The index is small: searching on the main thread takes milliseconds and saves
    // fetching the 43 KB worker script.
    noWorker: true,
  });
  await pagefind.init();
  return pagefind;
}

/** Pagefind, loaded and initialised; a failed load is retried on the next call. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

const vocabularies = new Map<string, Promise<Vocabulary>>();

async function fetchVocabulary(lang: string): Promise<Vocabulary> {
  const response = await fetch(`${base}pagefind/vocabulary.${lang}.json`);
  if (!response.ok) throw new Error(`vocabulary.${lang}.json: ${response.status}`);
  return prepareVocabulary((await response.json()) as VocabularyFile);
}

/** The vocabulary of a language's index, fetched once; a failed fetch is retried next time. */
export function loadVocabulary(lang: string): Promise<Vocabulary> {
  let vocabulary = vocabularies.get(lang);
  if (!vocabulary) {
    vocabulary = fetchVocabulary(lang).catch((error: unknown) => {
      vocabularies.delete(lang);
      throw error;
    });
    vocabularies.set(lang, vocabulary);
  }
  return vocabulary;
}
