/** Picks the plural form of a count through `Intl.PluralRules`, in the page's language. */
import { formatLocales, type Lang } from '../i18n/locales';

export type RecommendationCountKey =
  | 'topic.recommendationCount.zero'
  | 'topic.recommendationCount.one'
  | 'topic.recommendationCount.other';

export function recommendationCountKey(lang: Lang, count: number): RecommendationCountKey {
  if (count === 0) return 'topic.recommendationCount.zero';
  const form = new Intl.PluralRules(formatLocales[lang]).select(count);
  return form === 'one' ? 'topic.recommendationCount.one' : 'topic.recommendationCount.other';
}
