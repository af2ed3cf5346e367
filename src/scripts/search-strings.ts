/**
 * The dictionary strings the search page's script uses. Apart from the script so the page can
 * import the list at build time without loading a custom element into Node.
 */
import { locales } from '../i18n/locales.ts';

export const searchStringKeys = [
  'search.count',
  'search.countFiltered',
  'search.loading',
  'search.failed',
  'search.unknownFilter',
  'search.sections',
  'search.corrected',
  'search.didYouMean',
  'search.otherEdition',
  'search.otherEditionLink',
  'search.filterCount',
  'search.filteredBy',
  'search.withoutFilters',
  ...locales.map((lang) => `search.language.${lang}` as const),
  'label.value',
  'recommendation.inReport',
  'recommendation.label',
  'topic.label',
  'search.type.report',
  'search.type.page',
] as const;

/** The dictionary key that names each page type in a result. */
export const kindKeys: Record<string, string> = {
  recommendation: 'recommendation.label',
  topic: 'topic.label',
  report: 'search.type.report',
  page: 'search.type.page',
};
