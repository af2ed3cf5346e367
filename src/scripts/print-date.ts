/**
 * On paper, the footer says when the page was printed: just before printing, each element
 * with `data-print-template` gets its template with `{date}` filled in, in the page's locale.
 * Without JavaScript the element keeps what the server wrote (the address, without a date).
 */
import { withOrdinalFirst } from '../i18n/dates.ts';

addEventListener('beforeprint', () => {
  for (const element of document.querySelectorAll<HTMLElement>('[data-print-template]')) {
    const locale = element.dataset.printLocale ?? 'en-GB';
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());
    element.textContent = (element.dataset.printTemplate ?? '').replace(
      '{date}',
      withOrdinalFirst(locale, date),
    );
  }
});
