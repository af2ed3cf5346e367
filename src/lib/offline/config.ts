/**
 * What the service worker knows, written into it at build (`src/integrations/offline.ts`):
 * the edition's files per language with their total size, and the words of the offline page.
 * Plain data, so the worker needs no request to learn it.
 */

/** The words of the page shown for an address that is not kept, in one language. */
export interface OfflineStrings {
  /** `<title>` and heading. */
  title: string;
  /** Why this page cannot be shown. */
  lead: string;
  /** Heading of the list of pages kept on the device. */
  available: string;
  /** Said when no page of this language is kept. */
  none: string;
  /** How to keep the whole edition, with `{link}` where the link to it goes. */
  hint: string;
  /** The link's text. */
  hintLink: string;
  siteName: string;
}

export interface OfflineLanguage {
  /** BCP 47 tag for `<html lang>`. */
  tag: string;
  /** The language's home page, with the base path. */
  home: string;
  /** Where a reader keeps the edition (the About page's downloads section). */
  keepPage: string;
  /** Every file of the edition in this language, with the base path: pages, assets, PDF, search. */
  files: string[];
  /** Their total size in bytes, as they are stored. */
  bytes: number;
  strings: OfflineStrings;
}

export interface OfflineConfig {
  /** Hash of every file of every edition: a new edition is a new worker. */
  version: string;
  /** The site's base path, with leading and trailing slash. */
  base: string;
  /** The default language, served at the base path itself; the others under `<base><lang>/`. */
  defaultLang: string;
  /** The site's stylesheet, for the offline page. */
  stylesheet: string;
  /** The Content-Security-Policy the offline page carries, as every page does. */
  csp: string;
  /** Hashed build assets (`_astro/`) of this build; older ones are dropped from the caches. */
  assets: string[];
  languages: Record<string, OfflineLanguage>;
}
