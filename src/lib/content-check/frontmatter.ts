/**
 * Splits a content file into its YAML frontmatter and its Markdown body, keeping the line of
 * every field. The YAML is read as YAML 1.2 (the core schema): dates stay the text the editor
 * wrote, so the schema can refuse one that does not exist instead of rolling it into the next
 * month, as a timestamp parser would.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

export interface Frontmatter {
  /** The fields as YAML gives them. */
  data: Record<string, unknown>;
  /** The line of a field (`['conference', 'start']`, `['topics', 1]`), if the file has it. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** The Markdown after the frontmatter. */
  body: string;
  /** The line of the file the body's first line is on. */
  bodyLine: number;
}

export interface FrontmatterProblem {
  line: number;
  reason: string;
}

export type ReadFrontmatter =
  { ok: true; frontmatter: Frontmatter } | { ok: false; problems: FrontmatterProblem[] };

const fence = (line: string | undefined) => line?.trimEnd() === '---';

/** What an editor most likely did, for YAML's terser errors. */
const hints: Partial<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY:
    ' (a value holding ": " must be in double quotes, and a field is not indented under another)',
  MULTILINE_IMPLICIT_KEY: ' (a value holding ": " must be in double quotes)',
  DUPLICATE_KEY: ' (this field is given twice)',
  TAB_AS_INDENT: ' (indent with spaces)',
  TAG_RESOLVE_FAILED: ' (content holds plain values: remove the tag)',
};

/** Whether `rest` holds the quote that closes a value opened with `quote`. */
function closes(rest: string, quote: string): boolean {
  return quote === '"' ? /(^|[^\\])(\\\\)*"/.test(rest) : rest.replace(/''/g, '').includes("'");
}

/**
 * YAML reports an unclosed quote where the text ends; the editor needs the line where the quote
 * was opened: the first value, before `errorLine`, that opens a quote and does not close it.
 */
function openingQuoteLine(lines: readonly string[], errorLine: number): number | undefined {
  for (let i = 1; i < errorLine; i++) {
    const match = /^\s*(?:-\s+|[^\s:#][^:#]*:\s+)(["'])(.*)$/.exec(lines[i] ?? '');
    if (match && !closes(match[2] ?? '', match[1] ?? '"')) return i + 1;
  }
  return undefined;
}

export function readFrontmatter(text: string): ReadFrontmatter {
  const lines = text.split('\n');
  if (!fence(lines[0])) {
    return {
      ok: false,
      problems: [
        {
          line: 1,
          reason:
            'missing: a content file starts with a line "---", then its fields, then another "---"',
        },
      ],
    };
  }
  const close = lines.findIndex((line, i) => i > 0 && fence(line));
  if (close < 0) {
    return {
      ok: false,
      problems: [{ line: 1, reason: 'not closed: no second "---" line ends the fields' }],
    };
  }
  // The YAML starts on the file's second line.
  const firstLine = 2;
  const lineCounter = new LineCounter();
  const doc = parseDocument(lines.slice(1, close).join('\n'), {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    version: '1.2',
    schema: 'core',
  });
  const lineOfOffset = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  // A warning (an unknown `!tag`) is an error too: Astro's YAML reader would refuse the file.
  const [error] = [...doc.errors, ...doc.warnings];
  if (error) {
    // The rest of a file's YAML errors are most often this one's echoes: report the first.
    const quoted = error.code === 'MISSING_CHAR' && /closing .?quote/.test(error.message);
    const line = lineOfOffset(error.pos[0]);
    const opened = quoted ? openingQuoteLine(lines, line) : undefined;
    return {
      ok: false,
      problems: [
        opened
          ? {
              line: opened,
              reason: 'YAML syntax error: the quote opened on this line is never closed',
            }
          : {
              line,
              reason: `YAML syntax error: ${error.message.split('\n')[0]}${hints[error.code] ?? ''}`,
            },
      ],
    };
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      problems: [{ line: firstLine, reason: 'must be fields written "name: value", one per line' }],
    };
  }
  return {
    ok: true,
    frontmatter: {
      data: data as Record<string, unknown>,
      lineOf(path) {
        let node: unknown = doc.contents;
        let line: number | undefined;
        for (const key of path) {
          if (isMap(node)) {
            const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
            if (!pair) return line;
            line = lineOfOffset((pair.key as Node).range?.[0] ?? 0);
            node = pair.value;
          } else if (isSeq(node) && typeof key === 'number') {
            const item = node.items[key] as Node | undefined;
            if (!item) return line;
            line = lineOfOffset(item.range?.[0] ?? 0);
            node = item;
          } else {
            return line;
          }
        }
        return line;
      },
      body: lines.slice(close + 1).join('\n'),
      bodyLine: close + 2,
    },
  };
}
