/**
 * What the edition's PDF says, taken from the same edition the pages are built from and in
 * the same words: the status line, the source's text with its recommendations and topics marked
 * as the home page marks them, the editors' table of recommendations, the publication details
 * and the citation. The only glue between the content model and `renderEditionPdf`, so a change
 * to the model changes this one function.
 */
import { languageTags } from '../../i18n/locales.ts';
import { formatDate, useTranslations } from '../../i18n/ui.ts';
import { citationData, formatReference } from '../citation.ts';
import type { Edition } from '../edition.ts';
import { absoluteUrl, editionPdfPath, homePath, recommendationPath, topicPath } from '../urls.ts';
import type { EditionPdfInput, EditionPdfMark } from './edition-pdf.ts';

export function editionPdfInput(edition: Edition, site: URL | string | undefined): EditionPdfInput {
  const { lang } = edition;
  const t = useTranslations(lang);
  const d = edition.declaration.data;
  const year = d.adopted.getUTCFullYear();
  const title = t('pdf.heading', { title: d.title, year });
  const editionDate = formatDate(lang, edition.date);
  const recommendations = new Map(edition.recommendations.map((r) => [r.id, r]));

  const markOf = (id: string, kind: 'recommendation' | 'topic'): EditionPdfMark => {
    const recommendation = kind === 'recommendation' ? recommendations.get(id) : undefined;
    if (!recommendation) return { kind, href: absoluteUrl(topicPath(lang, id), site) };
    return {
      kind,
      number: recommendation.number,
      numberLabel: t('text.recommendationRef', { number: recommendation.number }),
      href: absoluteUrl(recommendationPath(lang, id), site),
    };
  };

  return {
    lang: languageTags[lang],
    metadata: {
      title: t('pdf.title', { title: d.title, year }),
      author: t('pdf.author', { publisher: d.source.publisher, site: t('site.name') }),
      subject: t('pdf.subject', {
        title: d.title,
        date: formatDate(lang, d.adopted),
        conference: d.conference.name,
      }),
      keywords: [d.source.publisher, ...edition.topics.map((topic) => topic.name)],
      date: edition.date,
    },
    title,
    subtitle: t('pdf.subtitle'),
    status: t('home.status', { date: formatDate(lang, d.source.published) }),
    source: {
      heading: t('pdf.sourceHeading'),
      headline: edition.text.headline,
      dateLine: edition.text.dateline,
      paragraphs: edition.text.paragraphs.map((paragraph) =>
        paragraph.segments.map((segment) => ({
          text: segment.text,
          mark: segment.mark && markOf(segment.mark.id, segment.mark.kind),
        })),
      ),
    },
    recommendations: {
      heading: t('home.recommendations'),
      note: t('table.note'),
      columns: {
        number: t('table.number'),
        words: t('table.words'),
        concerns: t('table.concerns'),
        topics: t('table.topics'),
      },
      rows: edition.recommendations.map((r) => ({
        number: String(r.number),
        words: t('pdf.quoted', { words: r.words }),
        concerns: t(`concerns.${r.concerns}`),
        topics: r.topics.map((topic) => topic.name).join(', '),
      })),
    },
    details: {
      heading: t('home.details'),
      items: [
        {
          label: t('details.source'),
          value: `${d.source.publisher}, ${d.source.kind.toLowerCase()}, ${formatDate(lang, d.source.published)}`,
        },
        {
          label: t('details.adopted'),
          value: t('details.adoptedValue', { date: formatDate(lang, d.adopted), place: d.place }),
        },
        { label: t('pdf.edition'), value: editionDate },
      ],
    },
    citation: {
      heading: t('pdf.citeHeading'),
      text: formatReference(citationData(edition, site)),
      addresses: [
        { label: t('pdf.address'), url: absoluteUrl(homePath(lang), site) },
        { label: t('pdf.fileAddress'), url: absoluteUrl(editionPdfPath(lang, d.id), site) },
      ],
    },
    labelSeparator: t('label.value', { label: '', value: '' }),
    footer: { text: t('pdf.footer', { title, date: editionDate }), page: t('pdf.page') },
  };
}
