/**
 * `declaration.json`: one edition as data: what the text is, the report's text paragraph by
 * paragraph with the recommendations and topics marked in it (by character offsets), and every
 * id, URL and cross-reference the site publishes. Its structure is `declaration-schema.ts`,
 * published as `/declaration.schema.json`.
 */
import { formatDate, isoDate, translate } from '../../i18n/ui.ts';
import { paragraphId } from '../anchors.ts';
import type { Edition } from '../edition.ts';
import type { Paragraph } from '../source-text.ts';
import {
  absoluteUrl,
  citationPath,
  akomaNtosoPath,
  changesFeedPath,
  changesPath,
  declarationJsonPath,
  declarationSchemaPath,
  homePath,
  ogImagePath,
  recommendationAnchorPath,
  recommendationPath,
  shortLinkPath,
  topicPath,
} from '../urls.ts';

type Site = URL | string | undefined;

function citations(edition: Edition, site: Site, id?: string) {
  const url = (format: 'bib' | 'ris' | 'json') =>
    absoluteUrl(citationPath(edition.lang, format, id), site);
  return { bibtex: url('bib'), ris: url('ris'), cslJson: url('json') };
}

/** A paragraph as plain text, and where each mark in it starts and ends. */
function paragraphData(paragraph: Paragraph, url: string) {
  let offset = 0;
  const marks = paragraph.segments.flatMap((segment) => {
    const start = offset;
    offset += segment.text.length;
    return segment.mark
      ? [{ kind: segment.mark.kind, id: segment.mark.id, start, end: offset }]
      : [];
  });
  return { number: paragraph.number, text: paragraph.text, url, marks };
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
    status: translate(lang, 'home.status', { date: formatDate(lang, d.source.published) }),
    url: url(homePath(lang)),
    editionDate: isoDate(edition.date),
    title: d.title,
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
    wcoParticipant: { name: d.wcoParticipant.name, role: d.wcoParticipant.role },
    source: {
      publisher: d.source.publisher,
      kind: d.source.kind,
      title: d.source.title,
      published: isoDate(d.source.published),
    },
    text: {
      headline: edition.text.headline,
      dateline: edition.text.dateline,
      paragraphs: edition.text.paragraphs.map((p) =>
        paragraphData(p, url(`${homePath(lang)}#${paragraphId(p.number)}`)),
      ),
    },
    topics: edition.topics.map((topic) => ({
      id: topic.id,
      number: topic.number,
      name: topic.name,
      sourceWording: topic.sourceWording,
      url: url(topicPath(lang, topic.id)),
      recommendations: topic.recommendations.map((r) => r.id),
    })),
    recommendations: edition.recommendations.map((r) => ({
      id: r.id,
      number: r.number,
      title: r.title,
      concerns: r.concerns,
      verb: r.verb,
      words: r.words,
      paragraph: r.paragraph,
      topics: r.topics.map((topic) => topic.id),
      previous: r.previous?.id ?? null,
      next: r.next?.id ?? null,
      url: url(recommendationPath(lang, r.id)),
      textUrl: url(recommendationAnchorPath(lang, r.id)),
      shortUrl: url(shortLinkPath(lang, r.number)),
      image: url(ogImagePath(lang, r.id)),
      citations: citations(edition, site, r.id),
    })),
    links: {
      json: url(declarationJsonPath(lang)),
      schema: url(declarationSchemaPath()),
      akomaNtoso: url(akomaNtosoPath(lang)),
      changes: url(changesPath(lang)),
      changesFeed: url(changesFeedPath(lang)),
      image: url(ogImagePath(lang, 'site')),
      citations: citations(edition, site),
    },
  };
}

export type DeclarationJson = ReturnType<typeof declarationJson>;
