/**
 * Every translation matches the default language file for file: each entry has a twin with
 * the same id, no twin lacks an original, and twins state the same language-neutral facts
 * (numbers, dates, references). A missing translation is an error naming the file that should
 * exist, never a silent 404. An original that has problems of its own is not compared: its
 * mistake is reported on it, not blamed on the translation.
 */
import { defaultLang, locales } from '../../../i18n/locales.ts';
import { type ContentKind, contentLayout } from '../../content-schema.ts';
import { type Entry, entriesOf } from '../load.ts';
import type { Problem } from '../problem.ts';
import { problemAt, type Rule } from '../rule.ts';

/** The facts each kind states that every language must state alike, by field path. */
const facts: Record<ContentKind, readonly (readonly string[])[]> = {
  declaration: [
    ['id'],
    ['adopted'],
    ['conference', 'start'],
    ['conference', 'end'],
    ['conference', 'ordinal'],
    ['source', 'published'],
    ['source', 'title'],
  ],
  topic: [['number']],
  recommendation: [['number'], ['concerns'], ['verb'], ['topics']],
  page: [],
  // Its entries are compared entry by entry in `glossary.ts`.
  glossary: [],
  change: [['number'], ['date'], ['pages']],
};

function valueAt(entry: Entry, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as never)[key] : undefined),
    entry.data,
  );
}

/** A file's id: a one-file kind (the declaration, the glossary) is its own. */
const idOf = (entry: Entry) =>
  contentLayout[entry.kind].file ? entry.kind : (entry.data['id'] as unknown);

export const parityRule: Rule = (set, earlier) => {
  const problems: Problem[] = [];
  const exists = (path: string) => set.files.some((f) => f.path === path);
  const hasProblem = (entry: Entry, field?: string) =>
    earlier.some(
      (p) =>
        p.file === entry.file &&
        (field === undefined ||
          (p.field.startsWith(field) && /^([.[]|$)/.test(p.field.slice(field.length)))),
    );
  for (const lang of locales.filter((l) => l !== defaultLang)) {
    for (const kind of Object.keys(facts) as ContentKind[]) {
      const collection = contentLayout[kind].collection;
      const originals = entriesOf(set, kind, defaultLang);
      const translations = entriesOf(set, kind, lang);
      const twinOf = new Map(translations.map((t) => [idOf(t), t]));
      const originalIds = new Set(originals.map(idOf));
      for (const original of originals) {
        const id = idOf(original);
        if (typeof id !== 'string' || hasProblem(original, 'id')) continue;
        const twin = twinOf.get(id);
        const expected = original.path.replace(`${defaultLang}/`, `${lang}/`);
        if (!twin) {
          if (!exists(expected)) {
            problems.push({
              file: set.show(expected),
              field: '(file)',
              reason: `missing ${lang} translation of ${collection} "${id}" (${original.file})`,
            });
          }
          continue;
        }
        for (const path of facts[kind]) {
          const field = path.join('.');
          // A field wrong in the original is reported there; one missing in the twin, too.
          if (hasProblem(original, field) || valueAt(twin, path) === undefined) continue;
          const want = JSON.stringify(valueAt(original, path));
          const found = JSON.stringify(valueAt(twin, path));
          if (want !== found) {
            problems.push(
              problemAt(twin, path, `must equal ${want} as in ${original.file}, found ${found}`),
            );
          }
        }
      }
      for (const twin of translations) {
        const id = idOf(twin);
        if (typeof id !== 'string' || originalIds.has(id)) continue;
        // An original that could not be read, or whose id is wrong, is reported on its own.
        const originalPath = twin.path.replace(`${lang}/`, `${defaultLang}/`);
        const original = set.entries.find((e) => e.path === originalPath);
        if (exists(originalPath) && (!original || hasProblem(original, 'id'))) continue;
        problems.push(
          problemAt(twin, ['id'], `${collection} "${id}" has no original in the default language`),
        );
      }
    }
  }
  return problems;
};
