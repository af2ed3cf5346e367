/**
 * Writes the host configuration files that Netlify and Cloudflare Pages read from the root of the
 * upload: `_headers` (security headers, asset caching) and `_redirects` (under a base path, the
 * rewrite to the upload root; at a domain root, each translation's own 404 page for Netlify).
 * Written from `src/lib/security-headers.ts` after the build, so they follow `BASE_PATH`.
 * An integration rather than a page: files whose name starts with `_` are not routes in
 * `src/pages/`, and a `[file].ts` route for them would also answer in the dev server.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { defaultLang, locales } from '../i18n/locales.ts';
import { headersFile, redirectsFile } from '../lib/security-headers.ts';

/**
 * Languages whose unknown addresses get their own 404 page through `_redirects`. None in a
 * Cloudflare Pages build (which sets `CF_PAGES`): it finds the nearest 404.html by itself and
 * reports a 404 rule as invalid.
 */
export function notFoundLanguages(env: Record<string, string | undefined>): string[] {
  return env['CF_PAGES'] ? [] : locales.filter((lang) => lang !== defaultLang);
}

export function hostFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'declaration:host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('_headers', dir), headersFile(base));
        const redirects = redirectsFile(base, notFoundLanguages(process.env));
        if (redirects) await writeFile(new URL('_redirects', dir), redirects);
        logger.info(`wrote _headers${redirects ? ' and _redirects' : ''} for base ${base}`);
      },
    },
  };
}
