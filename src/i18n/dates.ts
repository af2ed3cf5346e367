/**
 * Dates as the site writes them, for the server (`ui.ts`) and for the one browser script that
 * writes a date (`print-date.ts`). Apart from `format.ts` on purpose: a module that two page
 * scripts share becomes a file of its own, one more request on every page.
 */

/** French writes the first day of a month as an ordinal, "1er juillet", which `Intl` does not. */
export function withOrdinalFirst(locale: string, text: string): string {
  return locale.startsWith('fr') ? text.replace(/(^|\s)1(?=[\s\u2009\u202f–-])/gu, '$11er') : text;
}

/** A date as the site writes it in `locale` ("2 July 2013", "1er juillet 2013"). */
export function longDate(locale: string, date: Date, timeZone?: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(timeZone ? { timeZone } : {}),
  });
  return withOrdinalFirst(locale, format.format(date));
}
