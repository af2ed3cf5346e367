/**
 * `declaration.json`: one edition as data, with every fact, id, URL and cross-reference the site
 * publishes. Its structure is `declaration-schema.ts`, published as `/declaration.schema.json`.
 */
import { isoDate } from '../../i18n/ui';
import type { Edition } from '../edition';
import {
  absoluteUrl,
  citationPath,
  akomaNtosoPath,
  declarationJsonPath,
  declarationSchemaPath,
  homePath,
  ogImagePath,
  recommendationAnchorPath,
  recommendationPath,
  shortLinkPath,
  topicPath,
} from '../urls';

type Site = URL | string | undefined;

function citations(edition: Edition, site: Site, id?: string) {
  const url = (format: 'bib' | 'ris' | 'json') =>
    absoluteUrl(citationPath(edition.lang, format, id), site);
  return { bibtex: url('bib'), ris: url('ris'), cslJson: url('json') };
}

/** The paragraphs of the source's summary, as plain text. */
export function summaryParagraphs(markdown: string | undefined): string[] {
  return (markdown ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

export function declarationJson(edition: Edition, site: Site) {
  const { lang } = edition;
  const d = edition.declaration.data;
  const url = (path: string) => absoluteUrl(path, site);
  return {
    $schema: url(declarationSchemaPath()),
    id: d.id,
    lang,
    translation: d.translation,
    url: url(homePath(lang)),
    title: d.title,
    fullTitle: d.fullTitle,
    adopted: isoDate(d.adopted),
    place: d.place,
    conference: {
      name: d.conference.name,
      ordinal: d.conference.ordinal,
      start: isoDate(d.conference.start),
      end: isoDate(d.conference.end),
      city: d.conference.city,
      host: d.conference.host,
    },
    participants: d.participants,
    wcoParticipant: { name: d.wcoParticipant.name, role: d.wcoParticipant.role },
    summary: summaryParagraphs(edition.declaration.body),
    acknowledgement: d.acknowledgement,
    source: {
      publisher: d.source.publisher,
      kind: d.source.kind,
      title: d.source.title,
      published: isoDate(d.source.published),
    },
    topics: edition.topics.map((topic) => ({
      id: topic.id,
      number: topic.number,
      title: topic.title,
      shortTitle: topic.shortTitle,
      sourceWording: topic.entry.data.sourceWording,
      url: url(topicPath(lang, topic.id)),
      recommendations: topic.recommendations.map((r) => r.id),
    })),
    recommendations: edition.recommendations.map((r) => ({
      id: r.id,
      number: r.number,
      title: r.title,
      addressee: r.addressee,
      verb: r.verb,
      words: r.words,
      topics: r.topics.map((topic) => topic.id),
      previous: r.previous?.id ?? null,
      next: r.next?.id ?? null,
      url: url(recommendationPath(lang, r.id)),
      fullTextUrl: url(recommendationAnchorPath(lang, r.id)),
      shortUrl: url(shortLinkPath(lang, r.number)),
      image: url(ogImagePath(lang, r.id)),
      citations: citations(edition, site, r.id),
    })),
    links: {
      json: url(declarationJsonPath(lang)),
      schema: url(declarationSchemaPath()),
      akomaNtoso: url(akomaNtosoPath(lang)),
      image: url(ogImagePath(lang, 'site')),
      citations: citations(edition, site),
    },
  };
}

export type DeclarationJson = ReturnType<typeof declarationJson>;
