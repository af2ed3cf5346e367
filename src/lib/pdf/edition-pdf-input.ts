/**
 * What the edition's PDF says, taken from the same edition the pages are built from: the
 * source's text with the recommendations' words marked by `markText` (as the home page marks
 * them), the editors' table, the publication details and the citation. The only glue between
 * the content model and `renderEditionPdf`, so a change to the model changes one function.
 */
import { languageTags } from '../../i18n/locales';
import { formatDate, formatDateRange, useTranslations } from '../../i18n/ui';
import { citationData, formatReference } from '../citation';
import type { Edition } from '../edition';
import { ContentIntegrityError } from '../integrity';
import { markText, type Mark } from '../source-text';
import { absoluteUrl, editionPdfPath, homePath, recommendationPath } from '../urls';
import type { EditionPdfInput, EditionPdfSegment } from './edition-pdf';

export function editionPdfInput(edition: Edition, site: URL | string | undefined): EditionPdfInput {
  const { lang } = edition;
  const t = useTranslations(lang);
  const d = edition.declaration.data;
  const title = t('pdf.heading', { title: d.title, year: d.adopted.getUTCFullYear() });
  const editionDate = formatDate(lang, d.editionDate);
  const byId = new Map(edition.recommendations.map((r) => [r.id, r]));

  const marks: Mark[] = edition.recommendations.map((r) => ({
    kind: 'recommendation',
    id: r.id,
    words: r.words,
    filePath: r.entry.filePath ?? `content/${lang}/recommendations/${r.id}.md`,
    field: 'words',
  }));
  const { paragraphs, problems } = markText(edition.declaration.body ?? '', marks);
  if (problems.length) throw new ContentIntegrityError(problems);

  const paragraphSegments = paragraphs.map((paragraph) =>
    paragraph.segments.map((segment): EditionPdfSegment => {
      const recommendation = segment.mark && byId.get(segment.mark.id);
      if (!recommendation) return { text: segment.text };
      return {
        text: segment.text,
        mark: {
          kind: 'recommendation',
          number: recommendation.number,
          numberLabel: t('pdf.markLabel', { number: recommendation.number }),
          href: absoluteUrl(recommendationPath(lang, recommendation.id), site),
        },
      };
    }),
  );

  const home = absoluteUrl(homePath(lang), site);
  return {
    lang: languageTags[lang],
    metadata: {
      title: t('pdf.title', { title: d.title, year: d.adopted.getUTCFullYear() }),
      author: t('pdf.author', { publisher: d.source.publisher, site: t('site.name') }),
      subject: t('pdf.subject', {
        title: d.title,
        date: formatDate(lang, d.adopted),
        conference: d.conference.name,
      }),
      keywords: [d.source.publisher, ...edition.topics.map((topic) => topic.shortTitle)],
      date: d.editionDate,
    },
    title,
    subtitle: t('pdf.subtitle'),
    status: t(`status.${d.translation}`, { date: formatDate(lang, d.source.published) }),
    source: {
      heading: t('pdf.sourceHeading'),
      note: t('pdf.sourceNote'),
      headline: d.fullTitle,
      dateLine: formatDate(lang, d.source.published),
      paragraphs: paragraphSegments,
    },
    recommendations: {
      heading: t('pdf.recommendationsHeading'),
      note: t('pdf.recommendationsNote'),
      columns: {
        number: t('pdf.column.number'),
        words: t('pdf.column.words'),
        concerns: t('pdf.column.concerns'),
        topics: t('pdf.column.topics'),
      },
      rows: edition.recommendations.map((r) => ({
        number: String(r.number),
        words: t('pdf.quoted', { words: r.words }),
        concerns: t(`addressee.short.${r.addressee}`),
        topics: r.topics.map((topic) => topic.shortTitle).join(', '),
      })),
    },
    details: {
      heading: t('pdf.detailsHeading'),
      items: [
        { label: t('details.adopted'), value: `${formatDate(lang, d.adopted)}, ${d.place}` },
        { label: t('details.conference'), value: d.conference.name },
        {
          label: t('details.dates'),
          value: `${formatDateRange(lang, d.conference.start, d.conference.end)}, ${d.conference.city}`,
        },
        { label: t('details.host'), value: d.conference.host },
        { label: t('details.wco'), value: `${d.wcoParticipant.name}, ${d.wcoParticipant.role}` },
        {
          label: t('details.source'),
          value: `${d.source.publisher}, ${d.source.kind.toLowerCase()}, ${d.source.title}, ${formatDate(lang, d.source.published)}`,
        },
        { label: t('details.language'), value: t(`details.${d.translation}`) },
        { label: t('pdf.edition'), value: editionDate },
      ],
    },
    citation: {
      heading: t('pdf.citeHeading'),
      text: formatReference(citationData(edition, site)),
      addresses: [
        { label: t('pdf.address'), url: home },
        { label: t('pdf.fileAddress'), url: absoluteUrl(editionPdfPath(lang, d.id), site) },
      ],
    },
    footer: { text: t('pdf.footer', { title, date: editionDate }), page: t('pdf.page') },
  };
}
