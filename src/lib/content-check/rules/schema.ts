/**
 * Each file's frontmatter against its kind's schema in `src/lib/content-schema.ts`: required
 * fields, types, lengths, real dates, and no field the schema does not name.
 */
import type { z } from 'astro/zod';
import {
  changeSchema,
  type ContentKind,
  declarationSchema,
  glossarySchema,
  pageSchema,
  permanentId,
  recommendationSchema,
  topicSchema,
} from '../../content-schema.ts';
import { wordDistance } from '../../word-distance.ts';
import { fieldName } from '../problem.ts';
import { problemAt, type Rule } from '../rule.ts';

const schemas: Record<ContentKind, z.ZodType> = {
  declaration: declarationSchema,
  topic: topicSchema,
  // The check names topics by id; whether each exists is `topic-references.ts`.
  recommendation: recommendationSchema(permanentId),
  page: pageSchema,
  glossary: glossarySchema,
  change: changeSchema,
};

/** The fields the schema names at `path`, for suggesting what an unknown field meant. */
function knownFields(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const key of path) {
    // An item of a list (`entries[2]`) has the fields of the list's element.
    const element = (node as { element?: unknown }).element;
    if (typeof key === 'number' && element) {
      node = element;
      continue;
    }
    const shape = (node as { shape?: Record<string, unknown> }).shape;
    if (typeof key !== 'string' || !shape?.[key]) return [];
    node = shape[key];
  }
  return Object.keys((node as { shape?: Record<string, unknown> }).shape ?? {});
}

/** Suggests `verb` for `verbs` or `Verb`, with the distance search uses for typos. */
function unknownField(
  kind: ContentKind,
  path: readonly PropertyKey[],
  key: string,
  known: readonly string[],
): string {
  const close = known.find((name) => wordDistance(key, name, 2) <= 2);
  const hint = close ? `; did you mean "${close}"?` : `; the fields are ${known.join(', ')}`;
  const where = path.length ? fieldName(path) : `a ${kind}`;
  return `unknown field: ${where} has no "${key}"${hint}`;
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
              unknownField(entry.kind, issue.path, key, knownFields(schema, issue.path)),
            ),
          )
        : [problemAt(entry, issue.path, issue.message)],
    );
  });
