/**
 * Language alternates of a page: the same path in every language plus `x-default` (the default
 * language), for `<link rel="alternate" hreflang>` in the head and for the sitemap.
 */
import { defaultLang, languageTags, locales } from '../i18n/locales.ts';
import { translatePath } from './urls.ts';

export interface Alternate {
  /** `hreflang` value: a BCP 47 tag or `x-default`. */
  hreflang: string;
  /** Path of the page in that language, under the base path. */
  path: string;
}

export function alternatesOf(path: string, base?: string): Alternate[] {
  const alternates = locales.map((lang) => ({
    hreflang: languageTags[lang],
    path: translatePath(path, lang, base),
  }));
  return [...alternates, { hreflang: 'x-default', path: translatePath(path, defaultLang, base) }];
}

interface SitemapLink {
  url: string;
  lang: string;
}

/** Adds `x-default` (the default language's URL) to a sitemap entry's language links. */
export function withXDefault<T extends { links?: SitemapLink[] | undefined }>(item: T): T {
  const links = item.links;
  const fallback = links?.find((link) => link.lang === languageTags[defaultLang]);
  if (!links || !fallback || links.some((link) => link.lang === 'x-default')) return item;
  return { ...item, links: [...links, { url: fallback.url, lang: 'x-default' }] };
}

/** The sitemap integration's i18n option, from the site's locales. */
export const sitemapI18n = {
  defaultLocale: defaultLang,
  locales: Object.fromEntries(locales.map((lang) => [lang, languageTags[lang]])),
};
