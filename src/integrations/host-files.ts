/**
 * Writes the host configuration files that Netlify and Cloudflare Pages read from the root of the
 * upload: `_headers` (security headers, asset caching, the data files' CORS and types) and
 * `_redirects` (each short link's 301; under a base path, the rewrite to the upload root; at a
 * domain root, each translation's own 404 page for Netlify).
 * Written from `src/lib/security-headers.ts` after the build, so they follow `BASE_PATH`.
 * An integration rather than a page: files whose name starts with `_` are not routes in
 * `src/pages/`, and a `[file].ts` route for them would also answer in the dev server.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { defaultLang, type Lang, locales } from '../i18n/locales.ts';
import { headersFile, redirectsFile, type ShortLink } from '../lib/security-headers.ts';
import { recommendationPath, shortLinkPath } from '../lib/urls.ts';

/**
 * Languages whose unknown addresses get their own 404 page through `_redirects`. None in a
 * Cloudflare Pages build (which sets `CF_PAGES`): it finds the nearest 404.html by itself and
 * reports a 404 rule as invalid.
 */
export function notFoundLanguages(env: Record<string, string | undefined>): string[] {
  return env['CF_PAGES'] ? [] : locales.filter((lang) => lang !== defaultLang);
}

/**
 * The short links among the built pages (`r/3/`, `fr/r/3/`), each with the page it leads to, in
 * language order then by number. A recommendation's id is `r` and its number (a content rule,
 * src/lib/content-check/rules/numbering.ts), so the link names its page as its stub does.
 */
export function shortLinks(pathnames: readonly string[]): ShortLink[] {
  const links = pathnames.flatMap((pathname) => {
    const match = /^(?:([a-z]{2})\/)?r\/(\d+)$/.exec(pathname.replace(/^\/|\/$/g, ''));
    const lang = (match?.[1] ?? defaultLang) as Lang;
    if (!match || !locales.includes(lang)) return [];
    const number = Number(match[2]);
    return [{ lang, number }];
  });
  return links
    .sort((a, b) => locales.indexOf(a.lang) - locales.indexOf(b.lang) || a.number - b.number)
    .map(({ lang, number }) => ({
      from: shortLinkPath(lang, number, '/'),
      to: recommendationPath(lang, `r${number}`, '/'),
    }));
}

export function hostFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'declaration:host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        await writeFile(new URL('_headers', dir), headersFile(base));
        const redirects = redirectsFile(base, notFoundLanguages(process.env), {
          shortLinks: shortLinks(pages.map((page) => page.pathname)),
          // Cloudflare Pages (`CF_PAGES`) applies redirects before files, with no `!`.
          force: !process.env['CF_PAGES'],
          withoutSlash: Boolean(process.env['CF_PAGES']),
        });
        if (redirects) await writeFile(new URL('_redirects', dir), redirects);
        logger.info(`wrote _headers${redirects ? ' and _redirects' : ''} for base ${base}`);
      },
    },
  };
}
