// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import rehypeSlug from 'rehype-slug';
import { hostFiles } from './src/integrations/host-files';
import { pagefind } from './src/integrations/pagefind';
import { isNotFoundPage, localized404 } from './src/integrations/localized-404';
import { offline } from './src/integrations/offline';
import { refuseRawHtml } from './src/integrations/refuse-raw-html';
import { remarkRefuseHtml } from './src/lib/markdown/remark-refuse-html';
import { siteUrl, basePath, checkNoOverrides } from './src/lib/deploy-env';
import { sitemapI18n, withXDefault } from './src/lib/alternates';
import { defaultLang, locales } from './src/i18n/locales';

checkNoOverrides(process.env);

export default defineConfig({
  site: siteUrl(process.env),
  base: basePath(process.env),
  // Every URL ends in a slash, the same in dev, preview and on any static host.
  trailingSlash: 'always',
  // The default language at the root, every other under its prefix (`/fr/`). Astro works out each
  // page's language from its URL; `src/middleware.ts` puts it and its strings on `Astro.locals`.
  i18n: {
    locales: [...locales],
    defaultLocale: defaultLang,
    routing: { prefixDefaultLocale: false },
  },
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: process.env.OUT_DIR ?? './dist',
  // Test builds of fixture content keep their own content cache, apart from the real site's.
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  // A duplicate content id or route is an error, never a silent overwrite.
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({ remarkPlugins: [remarkRefuseHtml], rehypePlugins: [rehypeSlug] }),
  },
  // Scripts stay external files so the Content-Security-Policy needs no inline script.
  // One small stylesheet for the whole site, cached after the first page.
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false, modulePreload: false } },
  // Scoped styles by class, which costs fewer bytes than a data attribute on every element.
  scopedStyleStrategy: 'class',
  integrations: [
    refuseRawHtml(),
    sitemap({
      i18n: sitemapI18n,
      serialize: withXDefault,
      // Short links (`/r/3/`) only redirect and 404 pages are nobody's destination.
      filter: (page) => !isNotFoundPage(page) && !/\/r\/\d+\/$/.test(page),
    }),
    // Order matters: the 404 pages move before Pagefind reads the folder.
    localized404(),
    pagefind(),
    // After Pagefind: the service worker lists the search index among the edition's files.
    offline(),
    hostFiles(),
  ],
});
