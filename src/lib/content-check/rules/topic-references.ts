/**
 * A recommendation names topics that exist in its language, each once. A topic file that could
 * not be read, or whose id is wrong, still answers to its file name, so its own problem is not
 * repeated on every recommendation that names it.
 */
import { locales } from '../../../i18n/locales.ts';
import { entriesOf } from '../load.ts';
import { isString, problemAt, type Rule, unknownReason } from '../rule.ts';

export const topicReferencesRule: Rule = (set) =>
  locales.flatMap((lang) => {
    const topicIds = new Set<unknown>(entriesOf(set, 'topic', lang).map((t) => t.data['id']));
    for (const { path, place } of set.files) {
      if (place.role === 'entry' && place.kind === 'topic' && place.lang === lang) {
        topicIds.add(path.split('/').at(-1)?.replace(/\.md$/, ''));
      }
    }
    return entriesOf(set, 'recommendation', lang).flatMap((entry) => {
      const topics = entry.data['topics'];
      if (!Array.isArray(topics)) return [];
      return topics.flatMap((topic: unknown, i) => {
        if (!isString(topic)) return [];
        const first = topics.indexOf(topic);
        if (first < i) {
          return [
            problemAt(
              entry,
              ['topics', i],
              `topic "${topic}" is listed twice (also topics[${first}]); list each topic once`,
            ),
          ];
        }
        return topicIds.has(topic)
          ? []
          : [problemAt(entry, ['topics', i], unknownReason('topic', topic))];
      });
    });
  });
