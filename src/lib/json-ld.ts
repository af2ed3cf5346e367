/**
 * Structured data (schema.org as JSON-LD) for every page: the site, the page and its
 * breadcrumbs, the declaration with each recommendation as a part, and the Conference as an
 * Event. Node ids are absolute URLs of the language's home page plus a fragment, so the nodes
 * of one edition link up across pages. The home page describes them in full; every other
 * reading page names them by id with the few facts a reader of that page needs (the
 * declaration's date and parts, the Conference's dates and place), and no more: each page's
 * first visit has a byte budget (issue 10).
 */
import { defaultLang, languageTags, type Lang } from '../i18n/locales.ts';
import { isoDate, translate } from '../i18n/ui.ts';
import type { Edition, Recommendation } from './edition.ts';
import { absoluteUrl, homePath, ogImagePath, recommendationPath, topicPath } from './urls.ts';

export type JsonLdNode = { '@type'?: string; '@id'?: string } & Record<string, unknown>;

export interface JsonLdGraph {
  '@context': 'https://schema.org';
  '@graph': JsonLdNode[];
}

/** What a page says about itself. */
export interface PageInfo {
  lang: Lang;
  /** Absolute URL of the page. */
  url: string;
  name: string;
  description: string;
  /** Ancestors then the page itself, absolute URLs; none on the home page. */
  breadcrumbs?: { name: string; url: string }[] | undefined;
  /** When the page last changed, from the edition's log (`YYYY-MM-DD`). */
  modified?: string | undefined;
}

type Site = URL | string | undefined;

/** A breadcrumb as the page's `Breadcrumbs` component takes it. */
export interface Crumb {
  href: string;
  label: string;
}

/** The page's facts for JSON-LD, from the same trail its breadcrumbs show. */
export function pageInfo(
  lang: Lang,
  site: Site,
  page: { path: string; name: string; description: string; modified?: string | undefined },
  trail?: { crumbs: Crumb[]; current: string },
): PageInfo {
  const url = absoluteUrl(page.path, site);
  return {
    lang,
    url,
    name: page.name,
    description: page.description,
    modified: page.modified,
    breadcrumbs: trail && [
      ...trail.crumbs.map((c) => ({ name: c.label, url: absoluteUrl(c.href, site) })),
      { name: trail.current, url },
    ],
  };
}

/** Ids of the nodes every page of one language shares. */
export function nodeIds(lang: Lang, site: Site) {
  const home = absoluteUrl(homePath(lang), site);
  return {
    website: `${home}#website`,
    declaration: `${home}#declaration`,
    conference: `${home}#conference`,
    report: `${home}#report`,
  };
}

export function websiteNode(lang: Lang, site: Site): JsonLdNode {
  return {
    '@type': 'WebSite',
    '@id': nodeIds(lang, site).website,
    name: translate(lang, 'site.name'),
    url: absoluteUrl(homePath(lang), site),
    inLanguage: languageTags[lang],
  };
}

export function breadcrumbNode(page: PageInfo): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    '@id': `${page.url}#breadcrumb`,
    itemListElement: (page.breadcrumbs ?? []).map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** The page: part of the site, with its breadcrumbs and what it is mainly about. */
export function webPageNode(
  page: PageInfo,
  site: Site,
  main?: { mainEntity?: string; about?: string },
): JsonLdNode {
  return {
    '@type': 'WebPage',
    '@id': page.url,
    url: page.url,
    name: page.name,
    description: page.description,
    inLanguage: languageTags[page.lang],
    ...(page.modified ? { dateModified: page.modified } : {}),
    isPartOf: { '@id': nodeIds(page.lang, site).website },
    ...(page.breadcrumbs?.length ? { breadcrumb: { '@id': `${page.url}#breadcrumb` } } : {}),
    ...(main?.mainEntity ? { mainEntity: { '@id': main.mainEntity } } : {}),
    ...(main?.about ? { about: { '@id': main.about } } : {}),
  };
}

export function recommendationId(lang: Lang, id: string, site: Site): string {
  return `${absoluteUrl(recommendationPath(lang, id), site)}#recommendation`;
}

/** A recommendation: a component of the declaration, as schema.org's Legislation allows. */
export function recommendationNode(edition: Edition, r: Recommendation, site: Site): JsonLdNode {
  const { lang } = edition;
  return {
    '@type': 'Legislation',
    '@id': recommendationId(lang, r.id, site),
    name: translate(lang, 'recommendation.fullTitle', { number: r.number, title: r.title }),
    url: absoluteUrl(recommendationPath(lang, r.id), site),
    position: r.number,
    // No `legislationIdentifier`: it means an official identifier (a CELEX number), and the id
    // and number are the editors'; the page's description says so.
    text: r.words,
    inLanguage: languageTags[lang],
    isPartOf: { '@id': nodeIds(lang, site).declaration },
    about: r.topics.map((topic) => topic.name),
    image: absoluteUrl(ogImagePath(lang, r.id), site),
  };
}

/**
 * The declaration as schema.org `Legislation`: its definition covers legal documents
 * "enforceable or not" and their components, which fits a non-binding declaration of
 * recommendations and lets each recommendation be a part with its own URL; it also has the
 * fields a declaration needs (`legislationDate`, `legislationPassedBy`). A `Report` or
 * `NewsArticle` would describe the WCO's news item, which is this site's source, not the text.
 */
export function declarationNode(edition: Edition, site: Site, full = true): JsonLdNode {
  const { lang } = edition;
  const d = edition.declaration.data;
  const ids = nodeIds(lang, site);
  const node: JsonLdNode = {
    '@type': 'Legislation',
    '@id': ids.declaration,
    name: d.title,
    url: absoluteUrl(homePath(lang), site),
    legislationDate: isoDate(d.adopted),
    // Elsewhere than on the home page each part is named by id: its page describes it.
    hasPart: edition.recommendations.map((r) =>
      full
        ? {
            '@type': 'Legislation',
            '@id': recommendationId(lang, r.id, site),
            name: translate(lang, 'recommendation.fullTitle', { number: r.number, title: r.title }),
            url: absoluteUrl(recommendationPath(lang, r.id), site),
            position: r.number,
          }
        : { '@id': recommendationId(lang, r.id, site) },
    ),
  };
  if (!full) return node;
  return {
    ...node,
    description: translate(lang, 'jsonld.declaration'),
    inLanguage: languageTags[lang],
    legislationPassedBy: { '@type': 'Organization', name: d.conference.name },
    locationCreated: { '@type': 'Place', name: d.place },
    about: edition.topics.map((topic) => ({
      '@type': 'Thing',
      name: topic.name,
      url: absoluteUrl(topicPath(lang, topic.id), site),
    })),
    subjectOf: { '@id': ids.report },
    image: absoluteUrl(ogImagePath(lang, 'site'), site),
  };
}

/**
 * The report this edition reproduces: the WCO's news item, about the declaration. In a
 * translation it is the site's own translation of that news item.
 */
export function reportNode(edition: Edition, site: Site): JsonLdNode {
  const { lang } = edition;
  const d = edition.declaration.data;
  const ids = nodeIds(lang, site);
  const original = {
    '@type': 'NewsArticle',
    headline: d.source.title,
    datePublished: isoDate(d.source.published),
    publisher: { '@type': 'Organization', name: d.source.publisher },
    inLanguage: languageTags[defaultLang],
    about: { '@id': ids.declaration },
  };
  return d.translation === 'original'
    ? { '@id': ids.report, ...original, url: absoluteUrl(homePath(lang), site) }
    : {
        '@type': 'CreativeWork',
        '@id': ids.report,
        name: d.headline,
        inLanguage: languageTags[lang],
        url: absoluteUrl(homePath(lang), site),
        about: { '@id': ids.declaration },
        translationOfWork: original,
        description: translate(lang, 'jsonld.translation'),
      };
}

/** The Conference that adopted the declaration, as the source describes it. */
export function conferenceNode(edition: Edition, site: Site, full = true): JsonLdNode {
  const d = edition.declaration.data;
  const c = d.conference;
  const ids = nodeIds(edition.lang, site);
  const node: JsonLdNode = {
    '@type': 'Event',
    '@id': ids.conference,
    name: c.name,
    startDate: isoDate(c.start),
    endDate: isoDate(c.end),
    location: { '@type': 'Place', name: c.city },
    workFeatured: { '@id': ids.declaration },
  };
  if (!full) return node;
  return {
    ...node,
    location: {
      ...(node['location'] as object),
      address: { '@type': 'PostalAddress', addressLocality: c.city },
    },
    organizer: { '@type': 'Organization', name: c.host },
    attendee: { '@type': 'Person', name: d.wcoParticipant.name, jobTitle: d.wcoParticipant.role },
  };
}

/** Site and page only: for pages with nothing of the declaration's to describe (404, search). */
export function basicGraph(page: PageInfo, site: Site): JsonLdGraph {
  return graph([
    websiteNode(page.lang, site),
    webPageNode(page, site),
    ...(page.breadcrumbs?.length ? [breadcrumbNode(page)] : []),
  ]);
}

/**
 * A reading page: the site, the page, the declaration and the Conference. With a
 * recommendation it is the page's main entity; otherwise the page is about the declaration.
 * Only the home page, whose main content is the report, describes the site, the report and the
 * declaration in full; the others refer to them by id.
 */
export function editionGraph(
  edition: Edition,
  page: PageInfo,
  site: Site,
  recommendation?: Recommendation,
): JsonLdGraph {
  const ids = nodeIds(edition.lang, site);
  // The home page's main content is the report; other pages are about the declaration.
  const home = !page.breadcrumbs?.length;
  const main = recommendation
    ? { mainEntity: recommendationId(edition.lang, recommendation.id, site) }
    : home
      ? { mainEntity: ids.report }
      : { about: ids.declaration };
  return graph([
    ...(home ? [websiteNode(edition.lang, site)] : []),
    webPageNode(page, site, main),
    ...(home ? [reportNode(edition, site)] : [breadcrumbNode(page)]),
    declarationNode(edition, site, home),
    conferenceNode(edition, site, home),
    ...(recommendation ? [recommendationNode(edition, recommendation, site)] : []),
  ]);
}

function graph(nodes: JsonLdNode[]): JsonLdGraph {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/**
 * JSON for a `<script type="application/ld+json">` block. Every `<` is written `\u003c`, so no
 * text in the data can close the element (`</script>`) or open a comment; JSON parsers read
 * the escape back as `<`.
 */
export function serializeJsonLd(data: JsonLdGraph): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
