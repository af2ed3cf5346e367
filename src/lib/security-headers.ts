/**
 * The one source of the site's security policy. The same directives go into the
 * `<meta http-equiv="Content-Security-Policy">` of every page (for hosts that cannot set headers,
 * such as GitHub Pages) and into the `_headers` file that Netlify and Cloudflare Pages read.
 *
 * Why not Astro's own `security.csp`: it only writes a per-page `<meta>` with hashes of inline
 * scripts and styles. This site has no inline script or style at all (scripts and
 * stylesheets are external files, see astro.config.mjs), so hashes add nothing, and a per-page
 * policy could not also be written once into `_headers`, which needs the same policy for every
 * page and adds what a `<meta>` cannot carry (`frame-ancestors`, the other headers).
 */
import { locales } from '../i18n/locales.ts';
import { citationTypes, mediaTypes } from './media-types.ts';
import {
  akomaNtosoPath,
  type CitationFormat,
  changesFeedPath,
  citationPath,
  declarationJsonPath,
  declarationSchemaPath,
  recommendationsPath,
} from './urls.ts';

/** CSP directives and their sources. A directive with no sources is written bare. */
export type Directives = Readonly<Record<string, readonly string[]>>;

export const cspDirectives: Directives = {
  // Nothing is allowed unless a directive below allows it.
  'default-src': ["'none'"],
  // Own external modules only. Pagefind compiles its WebAssembly search, which needs
  // 'wasm-unsafe-eval' (it allows WebAssembly compilation, never JavaScript eval).
  // No 'unsafe-inline': an injected <script> or on...= handler never runs. Structured data in
  // <script type="application/ld+json"> is a data block the browser never executes, so the
  // policy neither blocks it nor needs a hash for it.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // Workers only from the site: Pagefind's search worker, and the offline service worker
  // (`sw.js`), which fetches the edition's files under connect-src.
  'worker-src': ["'self'"],
  // The site's own stylesheets; no inline styles or style attributes.
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  // Pagefind fetches its index files from the site.
  'connect-src': ["'self'"],
  // No font-src or manifest-src: the site loads no web font and has no web app manifest, so
  // default-src 'none' refuses both (and the policy every page carries stays shorter).
  // No <base> element and no plugins; forms (the search) only submit to the site.
  'base-uri': ["'none'"],
  'object-src': ["'none'"],
  'form-action': ["'self'"],
  // No other site may frame these pages (clickjacking).
  'frame-ancestors': ["'none'"],
  'upgrade-insecure-requests': [],
};

/**
 * Directives a browser ignores in a `<meta>` policy. Chromium logs a console error for each one
 * it finds there, so the `<meta>` leaves them out and only the header carries them.
 */
export const headerOnlyDirectives: readonly string[] = [
  'frame-ancestors',
  'report-uri',
  'report-to',
  'sandbox',
];

/** The policy as one header value; `'meta'` leaves out what a `<meta>` cannot carry. */
export function contentSecurityPolicy(
  delivery: 'header' | 'meta',
  directives: Directives = cspDirectives,
): string {
  return Object.entries(directives)
    .filter(([name]) => delivery === 'header' || !headerOnlyDirectives.includes(name))
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** Sent with no referrer at all: the site links nowhere that needs to know where readers came from. */
export const referrerPolicy = 'no-referrer';

/**
 * Browser features the pages never use, denied to them and to any frame. Clipboard writing stays
 * allowed for the site itself (the copy-link button). Each name here is one Chromium recognizes;
 * an unknown name makes it log a warning on every page.
 */
export const deniedFeatures: readonly string[] = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'clipboard-read',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'interest-cohort',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

export function permissionsPolicy(): string {
  return [...deniedFeatures.map((feature) => `${feature}=()`), 'clipboard-write=(self)'].join(', ');
}

/**
 * Every security header, as the host should send it with every response.
 *
 * No `Cross-Origin-Opener-Policy`: the site opens no windows and holds nothing a cross-origin
 * window could read, and `same-origin` made every arrival swap browsing-context groups, which
 * Lighthouse measured as 120–480 ms of blocking time on a 1 KB-of-JS page.
 */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy('header'),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': referrerPolicy,
    'Permissions-Policy': permissionsPolicy(),
  };
}

/** Build assets have a content hash in their name, so a browser may keep them for good. */
export const immutableCache = 'public, max-age=31536000, immutable';

function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** A file the site publishes for programs, and the media type to send it with, if needed. */
export interface DataFile {
  path: string;
  type?: string | undefined;
}

/**
 * The site's public data, which code on other sites may fetch: the edition as JSON and Akoma
 * Ntoso and its log's Atom feed in every language, the JSON Schema, and the citation files of
 * the report and of each recommendation (`:id`, a placeholder Netlify and Cloudflare Pages both
 * match against one path segment, keeps the file within Cloudflare's 100 rules). Each has its
 * type where a host would guess it badly; JSON's own is right.
 */
export function dataFiles(base = '/'): DataFile[] {
  const formats = Object.keys(citationTypes) as CitationFormat[];
  return [
    { path: declarationSchemaPath(base) },
    ...locales.flatMap((lang) => [
      { path: declarationJsonPath(lang, base) },
      { path: akomaNtosoPath(lang, base), type: mediaTypes.akomaNtoso },
      ...formats.flatMap((format) => [
        { path: citationPath(lang, format, undefined, base), type: citationTypes[format] },
        {
          path: `${recommendationsPath(lang, base)}:id/cite.${format}`,
          type: citationTypes[format],
        },
      ]),
      { path: changesFeedPath(lang, base), type: mediaTypes.atom },
    ]),
  ];
}

/**
 * Open to every origin: the data is public and carries no credentials, so `*` is safe, and
 * browser code elsewhere can then read it. Pages, scripts and the rest stay same-origin.
 */
export const openToAll = { 'Access-Control-Allow-Origin': '*' };

/**
 * The `_headers` file of Netlify and Cloudflare Pages. The security headers apply to every path
 * the host serves; the data files get CORS and their media types. Under a base path the hashed
 * assets and the data files are matched both where the files sit in the upload (`/_astro/`) and
 * where the pages ask for them (`<base>_astro/`), since `_redirects` maps one to the other.
 * No header is set by two rules for one path, since both hosts would join the two values
 * (tests/unit/security-headers.test.ts checks it).
 */
export function headersFile(base = '/'): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const assetPaths = [...new Set(['/_astro/*', `${withSlash(base)}_astro/*`])];
  const data = new Map(
    [...dataFiles('/'), ...dataFiles(withSlash(base))].map((file) => [file.path, file.type]),
  );
  return `${[
    block('/*', securityHeaders()),
    ...assetPaths.map((path) => block(path, { 'Cache-Control': immutableCache })),
    ...[...data].map(([path, type]) =>
      block(path, { ...openToAll, ...(type ? { 'Content-Type': type } : {}) }),
    ),
  ].join('\n\n')}\n`;
}

/** A short link (`/r/3/`) and the page it leads to, both paths from the site's root. */
export interface ShortLink {
  from: string;
  to: string;
}

export interface RedirectOptions {
  /** Short links to send to their pages with a permanent redirect. */
  shortLinks?: readonly ShortLink[];
  /**
   * Whether those redirects carry Netlify's `!`. Netlify serves an existing file rather than
   * apply a rule, and every short link has its meta-refresh page (kept for hosts without
   * redirects), so there the rule must be forced. Cloudflare Pages applies its rules first
   * anyway and does not document the `!`: a build for it leaves it out.
   */
  force?: boolean;
  /**
   * Whether each short link also gets a rule without its final slash (`/r/3`). Cloudflare Pages
   * matches `/r/3/` only with the slash, and would first send `/r/3` to `/r/3/` itself: two hops
   * instead of one. Netlify matches both forms with one rule, so its build leaves them out.
   */
  withoutSlash?: boolean;
}

/**
 * The `_redirects` file of Netlify and Cloudflare Pages.
 *
 * First each short link, a 301 to its recommendation's page (under the base path, if any), so
 * a reader's browser, a search engine and a link checker see the permanent address at once.
 *
 * Under a base path, the upload holds the site at its root while every link points under the
 * base, so requests under the base are served (status 200, not a redirect) from the file at
 * the same place without it.
 *
 * At a domain root, each language in `notFoundLanguages` gets its own 404 page for its unknown
 * addresses (`/fr/*  /fr/404.html  404`): Netlify applies such a rule only where no file
 * exists, and otherwise serves the root `404.html` for every missing address. Cloudflare Pages
 * needs no rule (it serves the nearest `404.html` up the folder tree) and does not accept a
 * 404 rule, so a build for it passes none. Under a base path the rewrite above would hide
 * every French page behind such a rule, so there the root 404 page offers the French edition.
 *
 * Nothing to write, no file.
 */
export function redirectsFile(
  base = '/',
  notFoundLanguages: readonly string[] = [],
  { shortLinks = [], force = true, withoutSlash = false }: RedirectOptions = {},
): string | undefined {
  const root = withSlash(base);
  const under = (path: string) => `${root}${path.replace(/^\//, '')}`;
  const rules = [
    ...shortLinks.flatMap(({ from, to }) =>
      [under(from), ...(withoutSlash ? [under(from).replace(/\/$/, '')] : [])].map(
        (source) => `${source}  ${under(to)}  301${force ? '!' : ''}`,
      ),
    ),
    ...(root === '/'
      ? notFoundLanguages.map((lang) => `/${lang}/*  /${lang}/404.html  404`)
      : [`${root}*  /:splat  200`]),
  ];
  return rules.length ? `${rules.join('\n')}\n` : undefined;
}
