/**
 * The languages the site is published in. The first is the default: its pages live at the
 * site root, every other language under `/<lang>/`. Adding a language means adding its
 * content folder, its UI dictionary and its collections in `src/content.config.ts`.
 */
export const locales = ['en', 'fr'] as const;

export type Lang = (typeof locales)[number];

export const defaultLang: Lang = 'en';

/** BCP 47 tags used in `<html lang>`, `hreflang` and `Intl` formatting. */
export const languageTags: Record<Lang, string> = {
  en: 'en',
  fr: 'fr',
};

/** Each language's name in that language, for the language switch. */
export const languageNames: Record<Lang, string> = {
  en: 'English',
  fr: 'Français',
};

/** Locale for `Intl` dates and numbers: British English writes 2 July 2013, as the source does. */
export const formatLocales: Record<Lang, string> = {
  en: 'en-GB',
  fr: 'fr-FR',
};

/** Open Graph locale of each language. */
export const ogLocales: Record<Lang, string> = {
  en: 'en_GB',
  fr: 'fr_FR',
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
