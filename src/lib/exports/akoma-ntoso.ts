/**
 * This edition as Akoma Ntoso 3.0 (OASIS LegalDocML). What it holds is the report, so the
 * document is a `doc` named `newsItem`, the World Customs Organization's, about the declaration:
 * FRBR identification, a preface with the report's heading and date line, and its paragraphs in
 * the main body, each recommendation's words an `inline name="recommendation"` (with the
 * editors' number as its eId) and each topic's wording an `inline name="topic"`. Valid against
 * the OASIS schema (checked in tests/build/exports.test.ts).
 */
import { defaultLang, languageTags, type Lang } from '../../i18n/locales.ts';
import { formatDate, isoDate, translate } from '../../i18n/ui.ts';
import type { Edition } from '../edition.ts';
import type { Segment } from '../source-text.ts';

/** ISO 639-2 codes, as FRBRlanguage and expression URIs use them. */
export const aknLanguages: Record<Lang, string> = { en: 'eng', fr: 'fra' };

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string,
  );
}

/**
 * eId of a recommendation. The naming convention builds eIds from an element abbreviation, an
 * underscore and the number; `rec` abbreviates this document's recommendations, numbered by the
 * editors.
 */
export const recommendationEid = (number: number) => `rec_${number}`;

/** eId of a paragraph of the main body. */
export const paragraphEid = (number: number) => `para_${number}`;

/**
 * FRBR IRIs after the Akoma Ntoso naming convention. The work is the WCO's news item, dated
 * when it was published; it belongs to no state's legal order, so its jurisdiction is `int`.
 * The expression is this edition's version of it in one language, named by the edition's date
 * (`eng@2026-12-02`): a change to the edition makes a new expression.
 */
export function frbrUris(edition: Edition) {
  const d = edition.declaration.data;
  const work = `/akn/int/doc/newsItem/${isoDate(d.source.published)}/${d.id}`;
  const expression = `${work}/${aknLanguages[edition.lang]}@${isoDate(edition.date)}`;
  return {
    work,
    expression,
    manifestation: `${expression}.akn`,
  };
}

export interface AknOptions {
  /** When this XML file was generated (the build). */
  generated: Date;
}

function inline(edition: Edition, segments: readonly Segment[]): string {
  const numberOf = new Map(edition.recommendations.map((r) => [r.id, r]));
  return segments
    .map(({ text, mark }) => {
      if (!mark) return escapeXml(text);
      if (mark.kind === 'topic') {
        return `<inline name="topic" refersTo="#topic-${mark.id}">${escapeXml(text)}</inline>`;
      }
      const r = numberOf.get(mark.id);
      return r
        ? `<inline name="recommendation" eId="${recommendationEid(r.number)}" refersTo="#${r.concerns}">${escapeXml(text)}</inline>`
        : escapeXml(text);
    })
    .join('');
}

export function akomaNtoso(edition: Edition, { generated }: AknOptions): string {
  const { lang } = edition;
  const d = edition.declaration.data;
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    escapeXml(translate(lang, key, values));
  const x = escapeXml;
  const uris = frbrUris(edition);
  // The WCO's name and the report's headline stay in the report's language (the default
  // language's edition is the report word for word); a translation says so, as xml:lang
  // covers an element's attribute values, and the schema lets any element carry it.
  const sourceLang = d.translation === 'original' ? '' : ` xml:lang="${languageTags[defaultLang]}"`;

  const paragraphs = edition.text.paragraphs
    .map((p) => `      <p eId="${paragraphEid(p.number)}">${inline(edition, p.segments)}</p>`)
    .join('\n');
  const topics = edition.topics
    .map(
      (topic) =>
        `        <TLCConcept eId="topic-${topic.id}" href="/akn/ontology/concepts/int/${d.id}/${topic.id}" showAs="${x(topic.name)}"/>`,
    )
    .join('\n');

  return `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <doc name="newsItem">
    <meta>
      <identification source="#editors">
        <FRBRWork>
          <FRBRthis value="${uris.work}/!main"/>
          <FRBRuri value="${uris.work}"/>
          <FRBRdate date="${isoDate(d.source.published)}" name="publication"/>
          <FRBRauthor href="#wco"/>
          <FRBRcountry value="int"/>
          <FRBRname value="${x(d.source.title)}"${sourceLang}/>
        </FRBRWork>
        <FRBRExpression>
          <FRBRthis value="${uris.expression}/!main"/>
          <FRBRuri value="${uris.expression}"/>
          <FRBRdate date="${isoDate(edition.date)}" name="edition"/>
          <FRBRauthor href="#${d.translation === 'original' ? 'wco' : 'editors'}"/>
          <FRBRversionNumber value="${isoDate(edition.date)}"/>
          <FRBRlanguage language="${aknLanguages[lang]}"/>
        </FRBRExpression>
        <FRBRManifestation>
          <FRBRthis value="${uris.expression}/!main.xml"/>
          <FRBRuri value="${uris.manifestation}"/>
          <FRBRdate date="${isoDate(generated)}" name="generation"/>
          <FRBRauthor href="#editors"/>
        </FRBRManifestation>
      </identification>
      <references source="#editors">
        <TLCEvent eId="conference" href="/akn/ontology/events/int/${d.id}-conference" showAs="${x(d.conference.name)}"/>
        <TLCOrganization eId="wco" href="/akn/ontology/organizations/int/wco" showAs="${x(d.source.publisher)}"${sourceLang}/>
        <TLCOrganization eId="host" href="/akn/ontology/organizations/int/${d.id}-host" showAs="${x(d.conference.host)}"/>
        <TLCOrganization eId="customs-administrations" href="/akn/ontology/organizations/int/customs-administrations" showAs="${t('concerns.customs-administrations')}"/>
        <TLCOrganization eId="editors" href="/akn/ontology/organizations/int/${d.id}-editors" showAs="${t('data.aknEditors', { site: translate(lang, 'site.name') })}"/>
${topics}
      </references>
    </meta>
    <preface>
      <p><docTitle>${x(edition.text.headline)}</docTitle></p>
      <p><docDate date="${isoDate(d.source.published)}">${x(edition.text.dateline)}</docDate></p>
      <p><docStatus>${t('home.status', { date: formatDate(lang, d.source.published) })}</docStatus></p>
    </preface>
    <mainBody>
${paragraphs}
    </mainBody>
  </doc>
</akomaNtoso>
`;
}
