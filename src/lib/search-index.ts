/**
 * What the search index knows about each page, and the filters the search page offers. Both
 * sides come from here, so a filter value the index holds is always one the form can ask for.
 *
 * The index holds readable values (a topic's short title, an addressee's short name) and the
 * URL holds ids (`?topic=cybercrime`), so a shared search link means the same in every language.
 */
import type { Lang } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import type { Edition, Recommendation, Topic } from './edition';
import type { FilterName } from './search-query';

/** The kinds of page in the index; also the `type` filter's values. */
export const searchTypes = ['recommendation', 'topic', 'page'] as const;
export type SearchType = (typeof searchTypes)[number];

export const addressees = [
  'wco',
  'customs-administrations',
] as const satisfies readonly Recommendation['addressee'][];

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

export const topicFilterValue = (topic: Pick<Topic, 'shortTitle'>) => topic.shortTitle;

export function addresseeFilterValue(lang: Lang, addressee: Recommendation['addressee']): string {
  return useTranslations(lang)(`addressee.short.${addressee}`);
}

function typeTags(type: SearchType, number?: number): SearchTag[] {
  return [
    { kind: 'filter', key: 'type', value: type },
    { kind: 'meta', key: 'type', value: type },
    ...(number === undefined ? [] : [{ kind: 'meta' as const, key: 'number', value: `${number}` }]),
  ];
}

/** A recommendation's own page: its number, title, topics and addressee. */
export function recommendationTags(lang: Lang, r: Recommendation): SearchTag[] {
  return [
    ...typeTags('recommendation', r.number),
    { kind: 'meta', key: 'title', value: r.title },
    ...r.topics.map((topic) => ({
      kind: 'filter' as const,
      key: 'topic',
      value: topicFilterValue(topic),
    })),
    { kind: 'filter', key: 'addressee', value: addresseeFilterValue(lang, r.addressee) },
  ];
}

/** A topic's page: its number, title, and itself as its topic. */
export function topicTags(topic: Topic): SearchTag[] {
  return [
    ...typeTags('topic', topic.number),
    { kind: 'meta', key: 'title', value: topic.title },
    { kind: 'filter', key: 'topic', value: topicFilterValue(topic) },
  ];
}

/** Any other indexed page (the full text, about). */
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
        label: topic.shortTitle,
        value: topicFilterValue(topic),
      })),
    },
    {
      name: 'addressee',
      label: t('search.filter.addressee'),
      anyLabel: t('search.filter.anyAddressee'),
      options: addressees.map((id) => ({
        id,
        label: t(`addressee.short.${id}`),
        value: addresseeFilterValue(lang, id),
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
