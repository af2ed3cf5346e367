/**
 * One language's edition, loaded from the content collections and put in reading order: the
 * source's text with the recommendations and topics marked in it, the recommendations and the
 * topics. Loading only: every rule, within a file, across files and between languages, is
 * checked before the build by `src/lib/content-check/`. Pages call `loadEdition(lang)` and pass
 * what they need to components; components never query collections.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/locales.ts';
import { type Change, latestChange, newestFirst } from './changes.ts';
import { type Mark, markText, type Paragraph, sentenceWith, type Segment } from './source-text.ts';

export type DeclarationEntry = CollectionEntry<`declaration_${Lang}`>;
export type TopicEntry = CollectionEntry<`topics_${Lang}`>;
export type RecommendationEntry = CollectionEntry<`recommendations_${Lang}`>;
export type ChangeEntry = CollectionEntry<`changes_${Lang}`>;

/** A change in the edition's log, with its entry (for its body: what changed). */
export interface EditionChange extends Change {
  entry: ChangeEntry;
}

export interface Topic {
  entry: TopicEntry;
  id: string;
  /** The editors' number: its place in the source's list. */
  number: number;
  /** The editors' short name, the same everywhere. */
  name: string;
  /** The topic as the source's list words it. */
  sourceWording: string;
  /** Recommendations the editors relate to this topic, in number order. */
  recommendations: Recommendation[];
  /** The sentence of the text that names the topic, the topic's wording marked. */
  sentence: Segment[];
}

export type Concerns = RecommendationEntry['data']['concerns'];
export type Verb = RecommendationEntry['data']['verb'];

export interface Recommendation {
  entry: RecommendationEntry;
  id: string;
  /** The editors' number, in the order the source gives the recommendations. */
  number: number;
  /** The editors' short title. */
  title: string;
  /** Whom the words concern, in the editors' reading. */
  concerns: Concerns;
  /** The verb the source reports. */
  verb: Verb;
  /** The source's words, as marked in the text. */
  words: string;
  /** Topics the editors relate it to, in topic order. */
  topics: Topic[];
  /** The paragraph of the text that holds the words. */
  paragraph: number;
  /** The sentence of the text that holds the words, the words marked. */
  sentence: Segment[];
  previous: Recommendation | undefined;
  next: Recommendation | undefined;
}

/** The source's text as this edition gives it: verbatim, or the site's translation. */
export interface SourceText {
  /** The source's heading. */
  headline: string;
  /** The source's date line, as printed. */
  dateline: string;
  /** Its paragraphs, with recommendations and topics marked. */
  paragraphs: Paragraph[];
}

/** A term of the editors' glossary, with the page it belongs to. */
export interface GlossaryTerm {
  id: string;
  term: string;
  acronyms: string[];
  forms: string[];
  /** The topic or the recommendation the term belongs to. */
  page:
    { kind: 'topic'; topic: Topic } | { kind: 'recommendation'; recommendation: Recommendation };
}

export interface Edition {
  lang: Lang;
  declaration: DeclarationEntry;
  text: SourceText;
  topics: Topic[];
  recommendations: Recommendation[];
  /** The editors' glossary, in file order; empty if the language has none. */
  glossary: GlossaryTerm[];
  /** The log of changes, newest first. */
  changes: EditionChange[];
  /** The edition's date: its latest change's. */
  date: Date;
}

const byNumber = (a: { number: number }, b: { number: number }) => a.number - b.number;

/** Where a mark stands: its paragraph and sentence. The content check has made sure it does. */
function placeOf(paragraphs: readonly Paragraph[], id: string, file: string) {
  for (const paragraph of paragraphs) {
    const sentence = sentenceWith(paragraph, id);
    if (sentence) return { paragraph: paragraph.number, sentence };
  }
  throw new Error(
    `${file}: "${id}" is not marked in the text (the content check should have said why)`,
  );
}

async function loadGlossary(
  lang: Lang,
  topicById: ReadonlyMap<string, Topic>,
  recommendations: readonly Recommendation[],
): Promise<GlossaryTerm[]> {
  const entry = await getEntry(`glossary_${lang}`, 'glossary');
  return (entry?.data.entries ?? []).flatMap((item) => {
    const topic = item.topic === undefined ? undefined : topicById.get(item.topic);
    const recommendation = recommendations.find((r) => r.id === item.recommendation);
    // The content check has made sure each entry names one page that exists.
    const page = topic
      ? { kind: 'topic' as const, topic }
      : recommendation
        ? { kind: 'recommendation' as const, recommendation }
        : undefined;
    if (!page) return [];
    return [
      {
        id: item.id,
        term: item.term,
        acronyms: item.acronyms ?? [],
        forms: item.forms ?? [],
        page,
      },
    ];
  });
}

async function buildEdition(lang: Lang): Promise<Edition> {
  const declaration = await getEntry(`declaration_${lang}`, 'declaration');
  // The content check has refused a missing file before the build; this only narrows the type.
  if (!declaration) throw new Error(`content/${lang}/declaration.md: (file): missing`);
  const topicEntries = (await getCollection(`topics_${lang}`)) as TopicEntry[];
  const recommendationEntries = (await getCollection(
    `recommendations_${lang}`,
  )) as RecommendationEntry[];

  const marks: Mark[] = [
    ...recommendationEntries.map((e) => ({
      kind: 'recommendation' as const,
      id: e.data.id,
      words: e.data.words,
    })),
    ...topicEntries.map((e) => ({
      kind: 'topic' as const,
      id: e.data.id,
      words: e.data.sourceWording,
    })),
  ];
  const { paragraphs } = markText(declaration.body ?? '', marks);
  const file = declaration.filePath ?? `content/${lang}/declaration.md`;

  const topics: Topic[] = topicEntries
    .map((entry) => ({
      entry,
      id: entry.data.id,
      number: entry.data.number,
      name: entry.data.name,
      sourceWording: entry.data.sourceWording,
      recommendations: [],
      sentence: placeOf(paragraphs, entry.data.id, file).sentence,
    }))
    .sort(byNumber);
  const topicById = new Map(topics.map((t) => [t.id, t]));

  const recommendations: Recommendation[] = recommendationEntries
    .map((entry) => ({
      entry,
      id: entry.data.id,
      number: entry.data.number,
      title: entry.data.title,
      concerns: entry.data.concerns,
      verb: entry.data.verb,
      words: entry.data.words,
      topics: entry.data.topics
        .map((ref) => topicById.get(ref.id))
        .filter((t): t is Topic => t !== undefined)
        .sort(byNumber),
      ...placeOf(paragraphs, entry.data.id, file),
      previous: undefined,
      next: undefined,
    }))
    .sort(byNumber);
  recommendations.forEach((r, i) => {
    r.previous = recommendations[i - 1];
    r.next = recommendations[i + 1];
    for (const topic of r.topics) topic.recommendations.push(r);
  });

  const text = {
    headline: declaration.data.headline,
    dateline: declaration.data.dateline,
    paragraphs,
  };
  const glossary = await loadGlossary(lang, topicById, recommendations);
  const changeEntries = (await getCollection(`changes_${lang}`)) as ChangeEntry[];
  const changes = newestFirst(changeEntries.map((entry) => ({ entry, ...entry.data })));
  const date = latestChange(changes).date;
  return { lang, declaration, text, topics, recommendations, glossary, changes, date };
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
