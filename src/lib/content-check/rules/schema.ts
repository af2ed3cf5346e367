/**
 * Each file's frontmatter against its kind's schema in `src/lib/content-schema.ts`: required
 * fields, types, lengths, real dates, and no field the schema does not name.
 */
import type { z } from 'astro/zod';
import {
  changeSchema,
  type ContentKind,
  declarationSchema,
  pageSchema,
  permanentId,
  recommendationSchema,
  topicSchema,
} from '../../content-schema';
import { problemAt, type Rule } from '../rule';

const schemas: Record<ContentKind, z.ZodType> = {
  declaration: declarationSchema,
  topic: topicSchema,
  // The check names topics by id; whether each exists is `topic-references.ts`.
  recommendation: recommendationSchema(permanentId),
  page: pageSchema,
  change: changeSchema,
};

/** The fields the schema names at `path`, for suggesting what an unknown field meant. */
function knownFields(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const key of path) {
    const shape = (node as { shape?: Record<string, unknown> }).shape;
    if (typeof key !== 'string' || !shape?.[key]) return [];
    node = shape[key];
  }
  return Object.keys((node as { shape?: Record<string, unknown> }).shape ?? {});
}

/** Edit distance, to suggest `verb` for `verbs` or `Verb`. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      const cost = a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

function unknownField(kind: ContentKind, key: string, known: readonly string[]): string {
  const close = known.find((name) => distance(key, name) <= 2);
  const hint = close ? `; did you mean "${close}"?` : `; the fields are ${known.join(', ')}`;
  return `unknown field: a ${kind} has no "${key}"${hint}`;
}

export const schemaRule: Rule = (set) =>
  set.entries.flatMap((entry) => {
    const schema = schemas[entry.kind];
    const result = schema.safeParse(entry.data);
    if (result.success) return [];
    return result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) =>
            problemAt(
              entry,
              [...issue.path, key],
              unknownField(entry.kind, key, knownFields(schema, issue.path)),
            ),
          )
        : [problemAt(entry, issue.path, issue.message)],
    );
  });
