/**
 * What each link-preview image says, and its text alternative, in the page's language. Kept
 * apart from the renderer (`og-image.ts`) so pages can name an image without loading satori.
 */
import type { Lang } from '../i18n/locales.ts';
import { formatDate, translate } from '../i18n/ui.ts';
import type { Edition, Recommendation } from './edition.ts';
import { ogImagePath } from './urls.ts';

export const ogImageSize = { width: 1200, height: 630 } as const;

/** What one preview shows, already in the page's language. */
export interface OgCard {
  /** Small line at the top: the site's name (in French, with "unofficial translation"). */
  kicker: string;
  /** Large heading: "Recommendation 3", or the declaration's title. */
  heading: string;
  /** Small words after the heading: whose the number in it is. */
  headingNote?: string;
  /** The words, quoted; shrinks as it grows so it always fits. */
  text: string;
  /** Bottom line: where and when it was adopted. */
  footer: string;
}

/** A page's preview image: its path and its text alternative. */
export interface PreviewImage {
  path: string;
  alt: string;
}

function footer(edition: Edition): string {
  const d = edition.declaration.data;
  return translate(edition.lang, 'og.footer', {
    place: d.place,
    date: formatDate(edition.lang, d.adopted),
  });
}

/** The site's image, used by every page that has none of its own. */
export function siteImage(lang: Lang): PreviewImage {
  return {
    path: ogImagePath(lang, 'site'),
    alt: translate(lang, 'og.siteAlt', {
      title: translate(lang, 'home.title'),
      description: translate(lang, 'site.description'),
    }),
  };
}

/** A French card shows the site's translation, and says so where the preview is seen. */
function kicker(lang: Lang): string {
  return translate(lang, 'og.kicker', { site: translate(lang, 'site.name') });
}

export function siteCard(edition: Edition): OgCard {
  const { lang } = edition;
  return {
    kicker: kicker(lang),
    heading: translate(lang, 'home.title'),
    text: edition.declaration.data.conference.name,
    footer: footer(edition),
  };
}

export function recommendationImage(edition: Edition, r: Recommendation): PreviewImage {
  return {
    path: ogImagePath(edition.lang, r.id),
    alt: translate(edition.lang, 'og.recommendationAlt', {
      number: r.number,
      title: edition.declaration.data.title,
      words: r.words,
    }),
  };
}

export function recommendationCard(edition: Edition, r: Recommendation): OgCard {
  const { lang } = edition;
  return {
    kicker: kicker(lang),
    heading: translate(lang, 'recommendation.label', { number: r.number }),
    headingNote: translate(lang, 'og.editorsNumber'),
    text: translate(lang, 'og.quoted', { words: r.words }),
    footer: footer(edition),
  };
}
