/**
 * UI strings: one dictionary per language, every one with exactly the English keys, checked by
 * a zod schema when the module loads, so a missing or extra key fails the build.
 */
import { z } from 'astro/zod';
import { en, type UiKey } from './en.ts';
import { longDate, withOrdinalFirst } from './dates.ts';
import { type ClientStrings, fillTemplate, pluralForm, type TemplateValues } from './format.ts';
import { fr } from './fr.ts';
import { formatLocales, type Lang } from './locales.ts';

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

/** Keys with plural forms (`search.count` for `search.count.zero|one|other`). */
export type PluralKey = UiKey extends infer K
  ? K extends `${infer Base}.${'zero' | 'one' | 'other'}`
    ? Base
    : never
  : never;

/** Returns the string for `key`, with `{name}` placeholders filled from `values`. */
export function translate(lang: Lang, key: UiKey, values: TemplateValues = {}): string {
  return fillTemplate(dictionaries[lang][key], values);
}

/** The string for `count` in its plural form, `{count}` formatted for the language. */
export function translatePlural(
  lang: Lang,
  key: PluralKey,
  count: number,
  values: TemplateValues = {},
): string {
  const form = pluralForm(formatLocales[lang], count);
  return translate(lang, `${key}.${form}` as UiKey, {
    count: new Intl.NumberFormat(formatLocales[lang]).format(count),
    ...values,
  });
}

/** `t()` bound to one language; `t.plural()` for counted strings. `Astro.locals.t` is one. */
export function useTranslations(lang: Lang) {
  const t = (key: UiKey, values?: TemplateValues) => translate(lang, key, values);
  t.plural = (key: PluralKey, count: number, values?: TemplateValues) =>
    translatePlural(lang, key, count, values);
  return t;
}

export type Translator = ReturnType<typeof useTranslations>;

/**
 * The strings a browser script needs, picked from the page's dictionary (a plural key brings
 * all its forms), for `translator()` in `format.ts`: the same strings and the same filling as
 * on the server.
 */
export function clientStrings(lang: Lang, keys: readonly (UiKey | PluralKey)[]): ClientStrings {
  const dictionary = dictionaries[lang];
  const strings: Record<string, string> = {};
  for (const key of keys) {
    if (key in dictionary) strings[key] = dictionary[key as UiKey];
    else
      for (const form of ['zero', 'one', 'other']) {
        const full = `${key}.${form}` as UiKey;
        if (full in dictionary) strings[full] = dictionary[full];
      }
  }
  return { locale: formatLocales[lang], strings };
}

const dateFormat = (lang: Lang) =>
  new Intl.DateTimeFormat(formatLocales[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** Formats a date in the page's language, in UTC so a date never shifts by a day. */
export function formatDate(lang: Lang, date: Date): string {
  return longDate(formatLocales[lang], date, 'UTC');
}

/** Formats a span of days such as 1–2 July 2013 (1er–2 juillet 2013). */
export function formatDateRange(lang: Lang, start: Date, end: Date): string {
  return withOrdinalFirst(formatLocales[lang], dateFormat(lang).formatRange(start, end));
}

/** ISO 8601 date (YYYY-MM-DD) for `<time datetime>` and data exports. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
