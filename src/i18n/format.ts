/**
 * Filling UI strings, on the server and in the browser alike: one templating and one plural
 * rule, so a string reads the same whichever side renders it. No imports from Astro, so the
 * browser bundle can use it.
 */

/** Values for `{name}` placeholders. */
export type TemplateValues = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders; a value is inserted as written (even `$&`), and a placeholder
 * with no value is left as it is, so a missing value shows instead of vanishing.
 */
export function fillTemplate(template: string, values: TemplateValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}

/**
 * A filled string cut around one value, for a page that puts that value in an element of its
 * own (a `<time>`, a name in another language): `fill` fills the string with the `slot` it is
 * given in that value's place; the result is what comes before it and after it, in the
 * language's order.
 */
export function aroundSlot(fill: (slot: string) => string): [before: string, after: string] {
  const slot = '\u0000';
  const [before = '', after = ''] = fill(slot).split(slot);
  return [before, after];
}

/** The plural forms a counted string has in the dictionaries: `key.zero`, `key.one`, `key.other`. */
export type PluralForm = 'zero' | 'one' | 'other';

/**
 * The form for `count` in a language, from `Intl.PluralRules`. Zero has its own form ("No
 * results") in every language here, which CLDR's rules for English and French do not name.
 */
export function pluralForm(locale: string, count: number): PluralForm {
  if (count === 0) return 'zero';
  return new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
}

/** A dictionary as the browser receives it: the page's strings and its locale. */
export interface ClientStrings {
  locale: string;
  strings: Record<string, string>;
}

/** `t()` over a dictionary: fills the string for `key`; `count` picks the plural form. */
export function translator({ locale, strings }: ClientStrings) {
  const t = (key: string, values: TemplateValues = {}) => fillTemplate(strings[key] ?? key, values);
  /** The `key.zero|one|other` form for `count`, with `{count}` formatted for the locale. */
  t.plural = (key: string, count: number, values: TemplateValues = {}) =>
    t(`${key}.${pluralForm(locale, count)}`, {
      count: new Intl.NumberFormat(locale).format(count),
      ...values,
    });
  return t;
}
