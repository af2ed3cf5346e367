/**
 * What the search index knows about each page, and the filters the search page offers. Both
 * sides come from here, so a filter value the index holds is always one the form can ask for.
 *
 * The index holds readable values (a topic's name, whom a recommendation concerns) and the
 * URL holds ids (`?topic=cybercrime`), so a shared search link means the same in every language.
 */
import type { Lang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import type { Edition, GlossaryTerm, Recommendation, Topic } from './edition.ts';
import type { FilterName } from './search-query.ts';

/** The kinds of page in the index; also the `type` filter's values. */
export const searchTypes = ['recommendation', 'topic', 'report', 'page'] as const;
export type SearchType = (typeof searchTypes)[number];

/** Whom a recommendation can concern; also the `concerns` filter's values. */
export const concernsValues = [
  'wco',
  'customs-administrations',
] as const satisfies readonly Recommendation['concerns'][];

/** One Pagefind filter value or metadata field, written as an inline `key:value` attribute. */
export interface SearchTag {
  kind: 'filter' | 'meta';
  key: string;
  value: string;
}

/** The `data-pagefind-filter` / `data-pagefind-meta` value: an inline value runs to the end. */
export function inlineTag(tag: SearchTag): string {
  if (!/^[a-z][a-z_]*$/.test(tag.key)) throw new Error(`Bad search tag key: ${tag.key}`);
  const value = tag.value.replace(/\s+/g, ' ').trim();
  if (!value) throw new Error(`Empty search tag value for ${tag.key}`);
  return `${tag.key}:${value}`;
}

export const topicFilterValue = (topic: Pick<Topic, 'name'>) => topic.name;

export function concernsFilterValue(lang: Lang, concerns: Recommendation['concerns']): string {
  return useTranslations(lang)(`concerns.${concerns}`);
}

function typeTags(type: SearchType, number?: number): SearchTag[] {
  return [
    { kind: 'filter', key: 'type', value: type },
    { kind: 'meta', key: 'type', value: type },
    ...(number === undefined ? [] : [{ kind: 'meta' as const, key: 'number', value: `${number}` }]),
  ];
}

/**
 * The glossary's words for a page (its terms, their forms and acronyms), as metadata Pagefind
 * searches: `CBM` and `Authorised` find the page without being written on it.
 */
export function glossaryTags(glossary: readonly GlossaryTerm[], pageId: string): SearchTag[] {
  const words = glossary
    .filter(({ page }) =>
      page.kind === 'topic' ? page.topic.id === pageId : page.recommendation.id === pageId,
    )
    .flatMap((entry) => [entry.term, ...entry.forms, ...entry.acronyms]);
  return words.length ? [{ kind: 'meta', key: 'terms', value: words.join(', ') }] : [];
}

/**
 * A recommendation's own page: its number, title, topics, whom it concerns, its glossary terms,
 * and its place in the text (the anchor and paragraph), which the search page links to under it.
 */
export function recommendationTags(
  lang: Lang,
  r: Recommendation,
  glossary: readonly GlossaryTerm[] = [],
): SearchTag[] {
  return [
    ...typeTags('recommendation', r.number),
    { kind: 'meta', key: 'title', value: r.title },
    { kind: 'meta', key: 'anchor', value: r.id },
    { kind: 'meta', key: 'paragraph', value: `${r.paragraph}` },
    ...glossaryTags(glossary, r.id),
    ...r.topics.map((topic) => ({
      kind: 'filter' as const,
      key: 'topic',
      value: topicFilterValue(topic),
    })),
    { kind: 'filter', key: 'concerns', value: concernsFilterValue(lang, r.concerns) },
  ];
}

/** A topic's page: its number, name, glossary terms, and itself as its topic. */
export function topicTags(topic: Topic, glossary: readonly GlossaryTerm[] = []): SearchTag[] {
  return [
    ...typeTags('topic', topic.number),
    { kind: 'meta', key: 'title', value: topic.name },
    ...glossaryTags(glossary, topic.id),
    { kind: 'filter', key: 'topic', value: topicFilterValue(topic) },
  ];
}

/** The text: the report itself (in a translation, the site's), a kind of its own. */
export function reportTags(): SearchTag[] {
  return typeTags('report');
}

/** Any other indexed page (about). */
export function pageTags(): SearchTag[] {
  return typeTags('page');
}

export interface FilterOption {
  /** In the URL and the form: an id that does not change with the language. */
  id: string;
  /** Shown to the reader. */
  label: string;
  /** The value the index holds. */
  value: string;
}

export interface FilterGroup {
  name: FilterName;
  /** Label of the control. */
  label: string;
  /** Label of the option that means "any". */
  anyLabel: string;
  options: FilterOption[];
}

/** The search page's filters, in the order the form shows them. */
export function filterGroups(edition: Edition): FilterGroup[] {
  const { lang } = edition;
  const t = useTranslations(lang);
  return [
    {
      name: 'topic',
      label: t('search.filter.topic'),
      anyLabel: t('search.filter.anyTopic'),
      options: edition.topics.map((topic) => ({
        id: topic.id,
        label: topic.name,
        value: topicFilterValue(topic),
      })),
    },
    {
      name: 'concerns',
      label: t('search.filter.concerns'),
      anyLabel: t('search.filter.anyConcerns'),
      options: concernsValues.map((id) => ({
        id,
        label: t(`concerns.${id}`),
        value: concernsFilterValue(lang, id),
      })),
    },
    {
      name: 'type',
      label: t('search.filter.type'),
      anyLabel: t('search.filter.anyType'),
      options: searchTypes.map((id) => ({ id, label: t(`search.type.${id}`), value: id })),
    },
  ];
}
