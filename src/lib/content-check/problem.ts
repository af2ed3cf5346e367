/** One thing wrong with the content: where it is, which field, and why. */
export interface Problem {
  /** The file, as shown to the editor (`content/en/topics/cybercrime.md`). */
  file: string;
  /** Line in the file, from 1, when the problem has one. */
  line?: number | undefined;
  /** The field (`title`, `topics[1]`, `conference.start`), `body`, `(file)` or `(frontmatter)`. */
  field: string;
  reason: string;
}

/** `file:line: field: reason`, the form editors and their tools know from compilers. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.field}: ${problem.reason}`;
}

/** A field path as the editor writes it: `conference.start`, `topics[1]`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`))
    .join('');
}

/**
 * Stops the build with every problem, one per line. It has no stack: the problems are in the
 * content, not in the code, and a stack trace would only bury them.
 */
export class ContentCheckError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(
      `The content check found ${count}; nothing was built:\n${problems.map(formatProblem).join('\n')}`,
    );
    this.problems = problems;
    this.name = 'ContentCheckError';
    this.stack = '';
  }
}
