/**
 * One language's edition of the declaration, loaded from the content collections and put in
 * reading order. Loading only: every rule, within a file, across files and between languages,
 * is checked before the build by `src/lib/content-check/`. Pages call `loadEdition(lang)` and
 * pass what they need to components; components never query collections.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/locales';

export type DeclarationEntry = CollectionEntry<`declaration_${Lang}`>;
export type TopicEntry = CollectionEntry<`topics_${Lang}`>;
export type RecommendationEntry = CollectionEntry<`recommendations_${Lang}`>;

export interface Topic {
  entry: TopicEntry;
  id: string;
  number: number;
  title: string;
  shortTitle: string;
  /** Recommendations that relate to this topic, in number order. */
  recommendations: Recommendation[];
}

export interface Recommendation {
  entry: RecommendationEntry;
  id: string;
  number: number;
  title: string;
  addressee: RecommendationEntry['data']['addressee'];
  verb: RecommendationEntry['data']['verb'];
  words: string;
  /** Topics it relates to, in topic order. */
  topics: Topic[];
  previous: Recommendation | undefined;
  next: Recommendation | undefined;
}

export interface Edition {
  lang: Lang;
  declaration: DeclarationEntry;
  topics: Topic[];
  recommendations: Recommendation[];
}

const byNumber = (a: { number: number }, b: { number: number }) => a.number - b.number;

async function buildEdition(lang: Lang): Promise<Edition> {
  const declaration = await getEntry(`declaration_${lang}`, 'declaration');
  // The content check has refused a missing file before the build; this only narrows the type.
  if (!declaration) throw new Error(`content/${lang}/declaration.md: (file): missing`);
  const topicEntries = (await getCollection(`topics_${lang}`)) as TopicEntry[];
  const recommendationEntries = (await getCollection(
    `recommendations_${lang}`,
  )) as RecommendationEntry[];

  const topics: Topic[] = topicEntries
    .map((entry) => ({
      entry,
      id: entry.data.id,
      number: entry.data.number,
      title: entry.data.title,
      shortTitle: entry.data.shortTitle,
      recommendations: [],
    }))
    .sort(byNumber);
  const topicById = new Map(topics.map((t) => [t.id, t]));

  const recommendations: Recommendation[] = recommendationEntries
    .map((entry) => ({
      entry,
      id: entry.data.id,
      number: entry.data.number,
      title: entry.data.title,
      addressee: entry.data.addressee,
      verb: entry.data.verb,
      words: entry.data.words,
      topics: entry.data.topics
        .map((ref) => topicById.get(ref.id))
        .filter((t): t is Topic => t !== undefined)
        .sort(byNumber),
      previous: undefined,
      next: undefined,
    }))
    .sort(byNumber);
  recommendations.forEach((r, i) => {
    r.previous = recommendations[i - 1];
    r.next = recommendations[i + 1];
    for (const topic of r.topics) topic.recommendations.push(r);
  });

  return { lang, declaration, topics, recommendations };
}

const editions = new Map<Lang, Promise<Edition>>();

/** The edition for `lang`, loaded once per build. */
export function loadEdition(lang: Lang): Promise<Edition> {
  let edition = editions.get(lang);
  if (!edition) {
    edition = buildEdition(lang);
    editions.set(lang, edition);
  }
  return edition;
}
