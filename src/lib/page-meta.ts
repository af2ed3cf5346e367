/**
 * What the page shell needs to know about the declaration's source, derived from the edition
 * so the footer and the head never restate facts by hand.
 */
import type { Lang } from '../i18n/locales.ts';
import { formatDate } from '../i18n/ui.ts';
import type { Edition } from './edition.ts';

export interface SourceCredit {
  /** "World Customs Organization (WCO), news item". */
  label: string;
  /** Publication date in the page's language. */
  date: string;
}

export function sourceCredit(lang: Lang, edition: Edition): SourceCredit {
  const { source } = edition.declaration.data;
  return {
    label: `${source.publisher}, ${source.kind.toLowerCase()}`,
    date: formatDate(lang, source.published),
  };
}

/** `<title>` text: the page, then the site. */
export function documentTitle(pageTitle: string, siteName: string): string {
  return pageTitle === siteName ? siteName : `${pageTitle} · ${siteName}`;
}
