// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import rehypeSlug from 'rehype-slug';
import { hostFiles } from './src/integrations/host-files.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { isNotFoundPage, localized404 } from './src/integrations/localized-404.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { offline } from './src/integrations/offline.ts';
import { remarkHeadingIds } from './src/lib/markdown/heading-ids.ts';
import { remarkLangSpans } from './src/lib/markdown/lang-spans.ts';
import { remarkRefuseHtml } from './src/lib/markdown/remark-refuse-html.ts';
import { deploySettings } from './src/lib/deploy-env.ts';
import { sitemapI18n, withXDefault } from './src/lib/alternates.ts';
import { defaultLang, locales } from './src/i18n/locales.ts';
import { styleSheetOf } from './src/lib/style-sheets.ts';

// Wrong deploy variables stop here, before any build work, each named with a good example.
const { site, base } = deploySettings(process.env);

export default defineConfig({
  site,
  base,
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
    processor: unified({
      remarkPlugins: [remarkRefuseHtml, remarkHeadingIds, remarkLangSpans],
      rehypePlugins: [rehypeSlug],
    }),
  },
  // Scripts stay external files so the Content-Security-Policy needs no inline script.
  // Styles in one sheet per kind of page, not one per component (see `src/lib/style-sheets.ts`):
  // pages are rendered, and their styles bundled, in the prerender build.
  vite: {
    build: { assetsInlineLimit: 0, cssCodeSplit: true, modulePreload: false },
    environments: {
      prerender: {
        build: {
          rolldownOptions: { output: { codeSplitting: { groups: [{ name: styleSheetOf }] } } },
        },
      },
    },
  },
  // Scoped styles by class, which costs fewer bytes than a data attribute on every element.
  scopedStyleStrategy: 'class',
  integrations: [
    // First: bad content stops the build before anything renders.
    contentCheck(),
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
