/// <reference types="astro/client" />

declare namespace App {
  /** Set for every page and endpoint by `src/middleware.ts`. */
  interface Locals {
    /** The page's language, from its URL. */
    lang: import('./i18n/locales.ts').Lang;
    /** UI strings in that language: `t('nav.home')`, `t.plural('search.count', n)`. */
    t: import('./i18n/ui.ts').Translator;
  }
}
