/**
 * UI strings: one dictionary per language, every one with exactly the English keys, checked by
 * a zod schema when the module loads, so a missing or extra key fails the build.
 */
import { z } from 'astro/zod';
import { en, type UiKey } from './en';
import { fr } from './fr';
import { formatLocales, type Lang } from './locales';

const keys = Object.keys(en) as UiKey[];

/** Strict: an unknown key is an error, as is a missing or empty one. */
export const dictionarySchema = z
  .object(
    Object.fromEntries(keys.map((key) => [key, z.string().min(1)])) as Record<UiKey, z.ZodString>,
  )
  .strict();

export type Dictionary = Record<UiKey, string>;

export function checkDictionary(lang: string, dictionary: unknown): Dictionary {
  const result = dictionarySchema.safeParse(dictionary);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new Error(`src/i18n/${lang}.ts: ${problems}`);
  }
  return result.data as Dictionary;
}

const dictionaries: Record<Lang, Dictionary> = {
  en: checkDictionary('en', en),
  fr: checkDictionary('fr', fr),
};

/** Returns the string for `key`, with `{name}` placeholders filled from `values`. */
export function translate(
  lang: Lang,
  key: UiKey,
  values: Record<string, string | number> = {},
): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

/** A `t()` bound to one language, for use in a page or component. */
export function useTranslations(lang: Lang) {
  return (key: UiKey, values?: Record<string, string | number>) => translate(lang, key, values);
}

/** Formats a date in the page's language, in UTC so a date never shifts by a day. */
export function formatDate(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(formatLocales[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** Formats a span of days such as 1–2 July 2013. */
export function formatDateRange(lang: Lang, start: Date, end: Date): string {
  return new Intl.DateTimeFormat(formatLocales[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatRange(start, end);
}

/** ISO 8601 date (YYYY-MM-DD) for `<time datetime>` and data exports. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
