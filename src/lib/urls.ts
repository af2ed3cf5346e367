/**
 * Every internal URL is built here, from ids and the language, never from headings. The base
 * path comes from the build (`BASE_PATH`), so the same pages work at a domain root or a sub-path.
 */
import { defaultLang, type Lang, locales } from '../i18n/locales.ts';

// Vite fills `import.meta.env`; Node, importing the Astro config directly, leaves it undefined.
const buildBase: string = import.meta.env?.BASE_URL ?? '/';

function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** The URL path of a page: `/`, `/recommendations/r3/`, `/fr/topics/` and so on. */
export function pagePath(lang: Lang, segments: readonly string[] = [], base = buildBase): string {
  const parts = [...(lang === defaultLang ? [] : [lang]), ...segments].filter(Boolean);
  return withSlash(base) + parts.map((part) => `${encodeURIComponent(part)}/`).join('');
}

export const homePath = (lang: Lang, base?: string) => pagePath(lang, [], base);
export const recommendationsPath = (lang: Lang, base?: string) =>
  pagePath(lang, ['recommendations'], base);
export const recommendationPath = (lang: Lang, id: string, base?: string) =>
  pagePath(lang, ['recommendations', id], base);
export const topicsPath = (lang: Lang, base?: string) => pagePath(lang, ['topics'], base);
export const topicPath = (lang: Lang, id: string, base?: string) =>
  pagePath(lang, ['topics', id], base);
export const aboutPath = (lang: Lang, base?: string) => pagePath(lang, ['about'], base);
export const searchPath = (lang: Lang, base?: string) => pagePath(lang, ['search'], base);
/** The report and its translation side by side, paragraph by paragraph. */
export const sideBySidePath = (lang: Lang, base?: string) => pagePath(lang, ['side-by-side'], base);
/** The edition's log of changes, and its Atom feed. */
export const changesPath = (lang: Lang, base?: string) => pagePath(lang, ['changes'], base);
export const changesFeedPath = (lang: Lang, base?: string) => `${changesPath(lang, base)}feed.atom`;

/** A recommendation's place in the full text: the home page plus its permanent anchor. */
export const recommendationAnchorPath = (lang: Lang, id: string, base?: string) =>
  `${homePath(lang, base)}#${id}`;

/** Absolute URL for canonical links, Open Graph, sitemaps and citations. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('`site` must be set in astro.config.mjs to build absolute URLs');
  return new URL(path, site).href;
}

/** The language a site path belongs to, and the path with that language's prefix removed. */
export function splitLocale(path: string, base = buildBase): { lang: Lang; rest: string } {
  const root = withSlash(base);
  const inside = path.startsWith(root) ? path.slice(root.length) : path.replace(/^\//, '');
  const [first, ...others] = inside.split('/');
  const lang = locales.find((l) => l !== defaultLang && l === first);
  return lang ? { lang, rest: others.join('/') } : { lang: defaultLang, rest: inside };
}

/** The same page in another language: only the language prefix changes, ids and anchors stay. */
export function translatePath(path: string, to: Lang, base = buildBase): string {
  const { rest } = splitLocale(path, base);
  const prefix = to === defaultLang ? '' : `${to}/`;
  return `${withSlash(base)}${prefix}${rest}`;
}

/** Link-preview image of a page kind: `site` or a recommendation id (`/og/r3.png`). */
export const ogImagePath = (lang: Lang, id: string, base?: string) =>
  `${homePath(lang, base)}og/${encodeURIComponent(id)}.png`;

export type CitationFormat = 'bib' | 'ris' | 'json';

/** Citation file of the declaration (`/cite.bib`) or of one recommendation. */
export const citationPath = (lang: Lang, format: CitationFormat, id?: string, base?: string) =>
  `${id ? recommendationPath(lang, id, base) : homePath(lang, base)}cite.${format}`;

/** The declaration as data: `declaration.json` and `declaration.akn.xml` per language. */
export const declarationJsonPath = (lang: Lang, base?: string) =>
  `${homePath(lang, base)}declaration.json`;
export const akomaNtosoPath = (lang: Lang, base?: string) =>
  `${homePath(lang, base)}declaration.akn.xml`;
/** One JSON Schema for every language's `declaration.json`. */
export const declarationSchemaPath = (base = buildBase) =>
  `${withSlash(base)}declaration.schema.json`;

/**
 * The edition as a PDF, one permanent file per language, named from the declaration's id:
 * `/brussels-declaration-2013.en.pdf`, `/fr/brussels-declaration-2013.fr.pdf`. The language
 * is in the name too, so a downloaded file says which it is.
 */
export const editionPdfPath = (lang: Lang, id: string, base?: string) =>
  `${homePath(lang, base)}${encodeURIComponent(id)}.${lang}.pdf`;

/** Short link for print and slides: `/r/3/` redirects to the recommendation's page. */
export const shortLinkPath = (lang: Lang, number: number, base?: string) =>
  pagePath(lang, ['r', String(number)], base);
