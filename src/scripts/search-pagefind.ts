/**
 * Loads Pagefind once, on demand: nothing is fetched until a reader focuses or types in a search
 * field. The bundle lives under the site's base path, and Pagefind picks the index of the page's
 * language from `<html lang>` by itself.
 */
import { highlightParam } from '../lib/search-query';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  /** Missing for the part of the page before its first anchor. */
  anchor?: { id: string };
}

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string,
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
