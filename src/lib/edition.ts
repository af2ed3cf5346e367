/**
 * One language's edition of the declaration, loaded from the content collections, checked
 * across files (`integrity.ts`) and put in reading order. Pages call `loadEdition(lang)` and
 * pass what they need to components; components never query collections.
 */
import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import { defaultLang, type Lang } from '../i18n/locales';
import {
  checkParity,
  checkRecommendationIds,
  checkSequence,
  checkTopicReferences,
  checkUnique,
  ContentIntegrityError,
  type TwinRecord,
} from './integrity';

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

function filePathOf(entry: { filePath?: string | undefined; id: string }, folder: string): string {
  return entry.filePath ?? `content/${folder}/${entry.id}.md`;
}

interface LoadedEntries {
  declaration: DeclarationEntry | undefined;
  topics: TopicEntry[];
  recommendations: RecommendationEntry[];
  pages: CollectionEntry<`pages_${Lang}`>[];
}

async function loadEntries(lang: Lang): Promise<LoadedEntries> {
  return {
    declaration: await getEntry(`declaration_${lang}`, 'declaration'),
    topics: (await getCollection(`topics_${lang}`)) as TopicEntry[],
    recommendations: (await getCollection(`recommendations_${lang}`)) as RecommendationEntry[],
    pages: (await getCollection(`pages_${lang}`)) as CollectionEntry<`pages_${Lang}`>[],
  };
}

/** The language-neutral facts of each kind of entry, compared between translations. */
function twinRecords(lang: Lang, entries: LoadedEntries) {
  const declaration: TwinRecord[] = entries.declaration
    ? [
        {
          id: entries.declaration.data.id,
          filePath: filePathOf(entries.declaration, `${lang}/declaration`),
          facts: {
            adopted: entries.declaration.data.adopted.toISOString(),
            start: entries.declaration.data.conference.start.toISOString(),
            end: entries.declaration.data.conference.end.toISOString(),
            ordinal: entries.declaration.data.conference.ordinal,
            published: entries.declaration.data.source.published.toISOString(),
          },
        },
      ]
    : [];
  return {
    declaration,
    topics: entries.topics.map((e) => ({
      id: e.data.id,
      filePath: filePathOf(e, `${lang}/topics`),
      facts: { number: e.data.number },
    })),
    recommendations: entries.recommendations.map((e) => ({
      id: e.data.id,
      filePath: filePathOf(e, `${lang}/recommendations`),
      facts: {
        number: e.data.number,
        addressee: e.data.addressee,
        verb: e.data.verb,
        topics: e.data.topics.map((ref) => ref.id),
      },
    })),
    pages: entries.pages.map((e) => ({
      id: e.data.id,
      filePath: filePathOf(e, `${lang}/pages`),
      facts: {},
    })),
  };
}

/** Problems of a translation against the default language: missing, extra or differing twins. */
async function parityProblems(lang: Lang, entries: LoadedEntries): Promise<string[]> {
  if (lang === defaultLang) return [];
  const originals = twinRecords(defaultLang, await loadEntries(defaultLang));
  const translations = twinRecords(lang, entries);
  const expected = (original: TwinRecord) =>
    original.filePath.replace(`/${defaultLang}/`, `/${lang}/`);
  return (['declaration', 'topics', 'recommendations', 'pages'] as const).flatMap((kind) =>
    checkParity(kind, lang, originals[kind], translations[kind], expected),
  );
}

async function buildEdition(lang: Lang): Promise<Edition> {
  // A translation is checked against a sound original: the default language's own problems
  // are reported first, whichever page the build renders first.
  if (lang !== defaultLang) await loadEdition(defaultLang);
  const entries = await loadEntries(lang);
  const parity = await parityProblems(lang, entries);
  if (parity.length) throw new ContentIntegrityError(parity);
  const { declaration, topics: topicEntries, recommendations: recommendationEntries } = entries;
  if (!declaration) {
    throw new ContentIntegrityError([`content/${lang}/declaration.md: (file): missing`]);
  }

  const topicRecords = topicEntries.map((e) => ({
    id: e.data.id,
    number: e.data.number,
    filePath: filePathOf(e, `${lang}/topics`),
  }));
  const recommendationRecords = recommendationEntries.map((e) => ({
    id: e.data.id,
    number: e.data.number,
    filePath: filePathOf(e, `${lang}/recommendations`),
    topics: e.data.topics.map((ref) => ref.id),
  }));
  const problems = [
    ...checkUnique('topic', topicRecords),
    ...checkSequence('topic', topicRecords),
    ...checkUnique('recommendation', recommendationRecords),
    ...checkSequence('recommendation', recommendationRecords),
    ...checkRecommendationIds(recommendationRecords),
    ...checkTopicReferences(recommendationRecords, new Set(topicRecords.map((t) => t.id))),
  ];
  if (problems.length) throw new ContentIntegrityError(problems);

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

/** The edition for `lang`, loaded and checked once per build. */
export function loadEdition(lang: Lang): Promise<Edition> {
  let edition = editions.get(lang);
  if (!edition) {
    edition = buildEdition(lang);
    editions.set(lang, edition);
  }
  return edition;
}
