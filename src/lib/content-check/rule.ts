/**
 * A rule is a small function over the whole content set that returns what is wrong. Rules
 * that compare files (parity) also see the problems found before them, so that a mistake in
 * one file is blamed on that file only.
 */
import type { Entry, ContentSet } from './load.ts';
import { fieldName, type Problem } from './problem.ts';

export type Rule = (set: ContentSet, earlier: readonly Problem[]) => Problem[];

/** A problem with a field of an entry, at the field's line when the file has the field. */
export function problemAt(entry: Entry, path: readonly PropertyKey[], reason: string): Problem {
  return { file: entry.file, line: entry.lineOf(path), field: fieldName(path), reason };
}

/** Every string in the frontmatter, with its path (`conference.name`, `topics[0]`). */
export function stringFields(
  value: unknown,
  path: PropertyKey[] = [],
): { path: PropertyKey[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringFields(item, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringFields(item, [...path, key]));
  }
  return [];
}

/** Why a reference to `id` fails: no file of that kind in the language has it. */
export function unknownReason(kind: 'topic' | 'recommendation', id: string): string {
  return `unknown ${kind} "${id}" (no file in the ${kind}s folder has this id)`;
}

export const isString = (value: unknown): value is string => typeof value === 'string';
