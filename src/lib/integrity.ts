/**
 * Rules that span several content files, which a per-file schema cannot see. Each problem names
 * the file, the field and the reason, and the build stops on the first edition that has any.
 */
export interface ContentRecord {
  /** Permanent id from the frontmatter. */
  id: string;
  /** Path of the source file, relative to the project. */
  filePath: string;
  number: number;
}

export interface RecommendationRecord extends ContentRecord {
  topics: readonly string[];
}

export function checkUnique(kind: string, records: readonly ContentRecord[]): string[] {
  const problems: string[] = [];
  for (const field of ['id', 'number'] as const) {
    const seen = new Map<string | number, string>();
    for (const record of records) {
      const earlier = seen.get(record[field]);
      if (earlier) {
        problems.push(
          `${record.filePath}: ${field}: duplicate ${kind} ${field} "${record[field]}", also used by ${earlier}`,
        );
      } else {
        seen.set(record[field], record.filePath);
      }
    }
  }
  return problems;
}

/** Numbers run 1, 2, 3 … without gaps, so "recommendation 4" always means the fourth. */
export function checkSequence(kind: string, records: readonly ContentRecord[]): string[] {
  const numbers = records.map((r) => r.number).sort((a, b) => a - b);
  const missing = numbers.flatMap((n, i) => (n === i + 1 ? [] : [i + 1]));
  if (!missing.length || numbers.length !== new Set(numbers).size) return [];
  const last = records.find((r) => r.number === numbers.at(-1));
  return [
    `${last?.filePath ?? kind}: number: ${kind} numbers must run from 1 without gaps; ${missing[0]} is missing`,
  ];
}

export function checkRecommendationIds(records: readonly ContentRecord[]): string[] {
  return records
    .filter((r) => r.id !== `r${r.number}`)
    .map((r) => `${r.filePath}: id: "${r.id}" must be "r${r.number}", the letter r and its number`);
}

export function checkTopicReferences(
  recommendations: readonly RecommendationRecord[],
  topicIds: ReadonlySet<string>,
): string[] {
  return recommendations.flatMap((r) =>
    r.topics.flatMap((topic, i) =>
      topicIds.has(topic)
        ? []
        : [
            `${r.filePath}: topics[${i}]: unknown topic "${topic}" (no file in the topics folder has this id)`,
          ],
    ),
  );
}

/**
 * Remembers which file holds each permanent id in one folder, so that a second file with the
 * same id fails the build instead of silently replacing the first in the content store.
 * `stillExists` lets a file that was deleted or renamed (in `astro dev`) give up its id.
 */
export function idClaims(kind: string, stillExists: (filePath: string) => boolean) {
  const ownerOfId = new Map<string, string>();
  const idOfFile = new Map<string, string>();
  return function claim(id: string, filePath: string): string {
    const previous = idOfFile.get(filePath);
    if (previous !== undefined && previous !== id && ownerOfId.get(previous) === filePath) {
      ownerOfId.delete(previous);
    }
    const owner = ownerOfId.get(id);
    if (owner !== undefined && owner !== filePath && stillExists(owner)) {
      throw new ContentIntegrityError([
        `${filePath}: id: duplicate ${kind} id "${id}", also used by ${owner}`,
      ]);
    }
    ownerOfId.set(id, filePath);
    idOfFile.set(filePath, id);
    return id;
  };
}

export class ContentIntegrityError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Content problems:\n- ${problems.join('\n- ')}`);
    this.name = 'ContentIntegrityError';
  }
}

/** An entry as compared across languages: its id, its file and the facts every language shares. */
export interface TwinRecord {
  id: string;
  filePath: string;
  /** Language-neutral facts (numbers, references, dates) that must be equal in every language. */
  facts: Record<string, unknown>;
}

/**
 * Every entry of the default language has a twin with the same id in `lang`, and the other way
 * round, and twins state the same facts. A missing translation is a build error naming the file
 * that should exist, never a silent 404.
 */
export function checkParity(
  kind: string,
  lang: string,
  originals: readonly TwinRecord[],
  translations: readonly TwinRecord[],
  expectedPath: (original: TwinRecord) => string,
): string[] {
  const translated = new Map(translations.map((t) => [t.id, t]));
  const originalIds = new Set(originals.map((o) => o.id));
  const problems: string[] = [];
  for (const original of originals) {
    const twin = translated.get(original.id);
    if (!twin) {
      problems.push(
        `${expectedPath(original)}: (file): missing ${lang} translation of ${kind} "${original.id}" (${original.filePath})`,
      );
      continue;
    }
    for (const [field, value] of Object.entries(original.facts)) {
      if (JSON.stringify(twin.facts[field]) !== JSON.stringify(value)) {
        problems.push(
          `${twin.filePath}: ${field}: must equal ${JSON.stringify(value)} as in ${original.filePath}, found ${JSON.stringify(twin.facts[field])}`,
        );
      }
    }
  }
  for (const twin of translations) {
    if (!originalIds.has(twin.id)) {
      problems.push(
        `${twin.filePath}: id: ${kind} "${twin.id}" has no original in the default language`,
      );
    }
  }
  return problems;
}
