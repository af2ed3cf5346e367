/**
 * What the page shell needs to know about the declaration's source, derived from the edition
 * so the footer and the head never restate facts by hand.
 */
import type { Lang } from '../i18n/locales.ts';
import { formatDate } from '../i18n/ui.ts';
import type { Edition } from './edition.ts';

export interface SourceCredit {
  /** "World Customs Organization (WCO)", as the report names it, in its language. */
  publisher: string;
  /** "news item", in the page's language. */
  kind: string;
  /** Publication date in the page's language. */
  date: string;
  /** Whether the page's text is the report's own language or the site's translation. */
  translation: 'original' | 'translation';
}

export function sourceCredit(lang: Lang, edition: Edition): SourceCredit {
  const { source, translation } = edition.declaration.data;
  return {
    publisher: source.publisher,
    kind: source.kind.toLowerCase(),
    date: formatDate(lang, source.published),
    translation,
  };
}

/** `<title>` text: the page, then the site. */
export function documentTitle(pageTitle: string, siteName: string): string {
  return pageTitle === siteName ? siteName : `${pageTitle} · ${siteName}`;
}
