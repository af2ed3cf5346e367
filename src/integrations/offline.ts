/**
 * Writes the service worker, `<base>sw.js`, after the build and the search index: the edition's
 * files in each language (pages, assets, PDF, Pagefind index) with their total size, the words
 * of its offline page, and a version that is a hash of all those files, so the worker changes,
 * and browsers update it, exactly when the edition does. Compiled from
 * `src/scripts/service-worker.ts` with esbuild, the bundler Astro itself uses.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { defaultLang, languageTags, locales } from '../i18n/locales.ts';
import { translate } from '../i18n/ui.ts';
import type { OfflineConfig } from '../lib/offline/config.ts';
import { type BuiltFile, editionFiles, fileUrl } from '../lib/offline/manifest.ts';
import { contentSecurityPolicy } from '../lib/security-headers.ts';
import { layoutIds } from '../lib/anchors.ts';
import { aboutPath, homePath } from '../lib/urls.ts';
import { siteSheet } from '../lib/style-sheets.ts';

const workerSource = fileURLToPath(new URL('../scripts/service-worker.ts', import.meta.url));

async function builtFiles(dir: string): Promise<(BuiltFile & { hash: string })[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length).replace(/^\/+/, ''))
    .sort();
  return Promise.all(
    files.map(async (path) => {
      const data = await readFile(join(dir, path));
      return { path, bytes: data.length, hash: createHash('sha256').update(data).digest('hex') };
    }),
  );
}

/** The worker's config for a build in `dir` served under `base`. */
export async function offlineConfig(dir: string, base: string): Promise<OfflineConfig> {
  const files = await builtFiles(dir);
  // The sheet every page loads (see `src/lib/style-sheets.ts`).
  const stylesheet = files.find((f) =>
    new RegExp(`^_astro/${siteSheet}\\.[^/]*\\.css$`).test(f.path),
  );
  if (!stylesheet) throw new Error(`offline: the build has no ${siteSheet} stylesheet in _astro/`);
  const languages = Object.fromEntries(
    locales.map((lang) => {
      const edition = editionFiles(files, lang, locales, defaultLang);
      const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
      return [
        lang,
        {
          tag: languageTags[lang],
          home: homePath(lang, base),
          keepPage: `${aboutPath(lang, base)}#${layoutIds.downloads}`,
          files: edition.map((f) => fileUrl(f.path, base)),
          bytes: edition.reduce((sum, f) => sum + f.bytes, 0),
          strings: {
            title: t('offline.page.title'),
            lead: t('offline.page.lead'),
            available: t('offline.page.available'),
            none: t('offline.page.none'),
            hint: t('offline.page.hint'),
            hintLink: t('offline.page.hintLink'),
            siteName: t('site.name'),
          },
        },
      ];
    }),
  );
  const kept = new Set(
    Object.values(languages).flatMap((language) => language.files.map((url) => url)),
  );
  const version = createHash('sha256')
    .update(await readFile(workerSource))
    .update(
      files
        .filter((f) => kept.has(fileUrl(f.path, base)))
        .map((f) => `${f.path} ${f.hash}`)
        .join('\n'),
    )
    .digest('hex')
    .slice(0, 16);
  return {
    version,
    base,
    defaultLang,
    stylesheet: fileUrl(stylesheet.path, base),
    csp: contentSecurityPolicy('meta'),
    assets: files.filter((f) => f.path.startsWith('_astro/')).map((f) => fileUrl(f.path, base)),
    languages,
  };
}

/** The worker's code with `config` written in, minified. */
export async function serviceWorkerScript(config: OfflineConfig): Promise<string> {
  const result = await build({
    entryPoints: [workerSource],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    define: { __OFFLINE_CONFIG__: JSON.stringify(config) },
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('offline: esbuild wrote no service worker');
  return output.text;
}

export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'declaration:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const config = await offlineConfig(out, base);
        await writeFile(join(out, 'sw.js'), await serviceWorkerScript(config));
        const sizes = Object.entries(config.languages)
          .map(([lang, l]) => `${lang} ${l.files.length} files, ${Math.round(l.bytes / 1000)} KB`)
          .join('; ');
        logger.info(`wrote sw.js, version ${config.version} (${sizes})`);
      },
    },
  };
}
