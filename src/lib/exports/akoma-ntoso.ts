/**
 * The declaration as Akoma Ntoso 3.0 (OASIS LegalDocML): a `statement` named `declaration`,
 * with FRBR identification, a preface, the topics in the preamble, each recommendation as an
 * `hcontainer name="recommendation"` in the main body, and the acknowledgement in the
 * conclusions. Valid against the OASIS schema (checked in tests/build/exports.test.ts).
 */
import type { Lang } from '../../i18n/locales';
import { formatDate, isoDate, translate } from '../../i18n/ui';
import type { Edition } from '../edition';

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
 * underscore and the number; `rec` abbreviates this document's `recommendation` containers.
 */
export const recommendationEid = (number: number) => `rec_${number}`;

/**
 * FRBR IRIs after the Akoma Ntoso naming convention. The declaration belongs to no state's
 * legal order, so its jurisdiction is `int` (international) rather than Belgium's `be`, where
 * it was only adopted. The expression has no version date: there is one version of the text.
 */
export function frbrUris(edition: Edition) {
  const d = edition.declaration.data;
  const work = `/akn/int/statement/declaration/${isoDate(d.adopted)}/${d.id}`;
  const expression = `${work}/${aknLanguages[edition.lang]}@`;
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

export function akomaNtoso(edition: Edition, { generated }: AknOptions): string {
  const { lang } = edition;
  const d = edition.declaration.data;
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    escapeXml(translate(lang, key, values));
  const x = escapeXml;
  const uris = frbrUris(edition);
  const language = aknLanguages[lang];

  const topics = edition.topics
    .map(
      (topic) =>
        `          <item eId="preamble__list_1__item_${topic.number}"><p>${x(topic.entry.data.sourceWording)}</p></item>`,
    )
    .join('\n');

  const recommendations = edition.recommendations
    .map((r) =>
      [
        `      <hcontainer name="recommendation" eId="${recommendationEid(r.number)}" refersTo="#${r.addressee}">`,
        `        <num>${r.number}</num>`,
        `        <heading>${x(r.title)}</heading>`,
        '        <content>',
        `          <p>${t('recommendation.verb')} ${t(`verb.${r.verb}`)} <inline name="words">${x(r.words)}</inline>.</p>`,
        '        </content>',
        '      </hcontainer>',
      ].join('\n'),
    )
    .join('\n');

  return `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="declaration">
    <meta>
      <identification source="#editors">
        <FRBRWork>
          <FRBRthis value="${uris.work}/!main"/>
          <FRBRuri value="${uris.work}"/>
          <FRBRdate date="${isoDate(d.adopted)}" name="adoption"/>
          <FRBRauthor href="#conference"/>
          <FRBRcountry value="int"/>
          <FRBRname value="${x(d.title)}"/>
        </FRBRWork>
        <FRBRExpression>
          <FRBRthis value="${uris.expression}/!main"/>
          <FRBRuri value="${uris.expression}"/>
          <FRBRdate date="${isoDate(d.source.published)}" name="publication"/>
          <FRBRauthor href="#${d.translation === 'original' ? 'wco' : 'editors'}"/>
          <FRBRlanguage language="${language}"/>
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
        <TLCLocation eId="place" href="/akn/ontology/locations/${x(d.place.toLowerCase())}" showAs="${x(d.place)}"/>
        <TLCOrganization eId="wco" href="/akn/ontology/organizations/int/wco" showAs="${x(d.source.publisher)}"/>
        <TLCOrganization eId="host" href="/akn/ontology/organizations/int/${d.id}-host" showAs="${x(d.conference.host)}"/>
        <TLCOrganization eId="customs-administrations" href="/akn/ontology/organizations/int/customs-administrations" showAs="${t('addressee.customs-administrations')}"/>
        <TLCOrganization eId="editors" href="/akn/ontology/organizations/int/${d.id}-editors" showAs="${t('site.name')}"/>
      </references>
    </meta>
    <preface>
      <p><docTitle>${x(d.title)}</docTitle></p>
      <p><docProponent refersTo="#conference">${x(d.conference.name)}</docProponent>, <location refersTo="#place">${x(d.place)}</location>, <docDate date="${isoDate(d.adopted)}">${x(formatDate(lang, d.adopted))}</docDate></p>
    </preface>
    <preamble>
      <container name="topics" eId="preamble__container_1">
        <p>${t('home.topicsIntro', { participants: d.participants })}</p>
        <blockList eId="preamble__list_1">
${topics}
        </blockList>
      </container>
    </preamble>
    <mainBody>
${recommendations}
    </mainBody>
    <conclusions>
      <p>${x(d.acknowledgement)}</p>
    </conclusions>
  </statement>
</akomaNtoso>
`;
}
