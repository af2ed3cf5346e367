/**
 * Static hosts look for `404.html` in a folder (Cloudflare Pages walks up the tree, Netlify
 * takes a rewrite to it), but Astro writes a 404 page outside the root as `fr/404/index.html`.
 * This moves each one to `fr/404.html` after the build, before the search index is made.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { rename, rmdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defaultLang, locales } from '../i18n/locales.ts';

export function localized404(): AstroIntegration {
  return {
    name: 'declaration:localized-404',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const lang of locales.filter((l) => l !== defaultLang)) {
          const folder = fileURLToPath(new URL(`${lang}/404/`, dir));
          if (!existsSync(`${folder}index.html`)) continue;
          await rename(`${folder}index.html`, fileURLToPath(new URL(`${lang}/404.html`, dir)));
          await rmdir(folder);
        }
      },
    },
  };
}

/** Keeps 404 pages out of the sitemap: they are not pages anyone should land on. */
export const isNotFoundPage = (page: string) => /\/404(\.html|\/)?$/.test(page);
