/**
 * Writes the host configuration files that Netlify and Cloudflare Pages read from the root of the
 * upload: `_headers` (security headers, asset caching) and, under a base path, `_redirects`.
 * Written from `src/lib/security-headers.ts` after the build, so they follow `BASE_PATH`.
 * An integration rather than a page: files whose name starts with `_` are not routes in
 * `src/pages/`, and a `[file].ts` route for them would also answer in the dev server.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { headersFile, redirectsFile } from '../lib/security-headers';

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
        const redirects = redirectsFile(base);
        if (redirects) await writeFile(new URL('_redirects', dir), redirects);
        logger.info(`wrote _headers${redirects ? ' and _redirects' : ''} for base ${base}`);
      },
    },
  };
}
