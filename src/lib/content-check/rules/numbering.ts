/**
 * Ids and numbers within one language: each id and each number used once, numbers running
 * 1, 2, 3 … without gaps (so "recommendation 4" is always the fourth), and a recommendation's
 * id made of the letter r and its number.
 */
import { locales } from '../../../i18n/locales.ts';
import type { ContentKind } from '../../content-schema.ts';
import { type Entry, entriesOf } from '../load.ts';
import type { Problem } from '../problem.ts';
import { problemAt, type Rule } from '../rule.ts';

const numbered: ContentKind[] = ['topic', 'recommendation', 'change'];

const isNamedAfterId = (entry: Entry) => entry.path.endsWith(`/${String(entry.data['id'])}.md`);

/**
 * Files sharing an id or a number. A duplicate id is blamed on the files not named after it (the
 * file named after an id owns it); a duplicate number on every file that has it, since either
 * may be the mistake.
 */
function duplicates(kind: ContentKind, entries: readonly Entry[], field: 'id' | 'number') {
  const byValue = new Map<unknown, Entry[]>();
  for (const entry of entries) {
    const value = entry.data[field];
    if (value === undefined || typeof value === 'object') continue;
    byValue.set(value, [...(byValue.get(value) ?? []), entry]);
  }
  return [...byValue.entries()].flatMap(([value, sharing]) => {
    if (sharing.length < 2) return [];
    const owner = field === 'id' ? (sharing.find(isNamedAfterId) ?? sharing[0]) : undefined;
    return sharing
      .filter((entry) => entry !== owner)
      .map((entry) =>
        problemAt(
          entry,
          [field],
          `duplicate ${kind} ${field} "${String(value)}", also used by ${sharing
            .filter((other) => other !== entry)
            .map((other) => other.file)
            .join(' and ')}`,
        ),
      );
  });
}

function sequence(kind: ContentKind, entries: readonly Entry[]): Problem[] {
  const withNumbers = entries.filter((e) => Number.isInteger(e.data['number']));
  const numbers = withNumbers.map((e) => e.data['number'] as number).sort((a, b) => a - b);
  if (numbers.length !== new Set(numbers).size) return []; // duplicates are reported once, above
  const missing = numbers.findIndex((n, i) => n !== i + 1);
  if (missing < 0) return [];
  const last = withNumbers.find((e) => e.data['number'] === numbers.at(-1));
  return last
    ? [
        problemAt(
          last,
          ['number'],
          `${kind} numbers must run from 1 without gaps; ${missing + 1} is missing`,
        ),
      ]
    : [];
}

function recommendationIds(entries: readonly Entry[]): Problem[] {
  return entries.flatMap((entry) => {
    const { id, number } = entry.data;
    if (typeof id !== 'string' || !Number.isInteger(number) || id === `r${String(number)}`) {
      return [];
    }
    return [
      problemAt(entry, ['id'], `"${id}" must be "r${String(number)}", the letter r and its number`),
    ];
  });
}

export const numberingRule: Rule = (set) =>
  locales.flatMap((lang) => [
    ...(['topic', 'recommendation', 'page', 'change'] as const).flatMap((kind) =>
      duplicates(kind, entriesOf(set, kind, lang), 'id'),
    ),
    ...numbered.flatMap((kind) => [
      ...duplicates(kind, entriesOf(set, kind, lang), 'number'),
      ...sequence(kind, entriesOf(set, kind, lang)),
    ]),
    ...recommendationIds(entriesOf(set, 'recommendation', lang)),
  ]);
