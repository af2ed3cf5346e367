/**
 * The source text as the site shows it: its paragraphs, with each recommendation's words and
 * each topic's wording marked where they stand. Marks are found in the text, never written
 * into it, so a wording cannot drift from the text it marks: words that are not in the text,
 * or not there once, are a content problem, and the build stops on it.
 */

/** What is marked: a recommendation's words or a topic's wording, by the entry's id. */
export interface Mark {
  kind: 'recommendation' | 'topic';
  id: string;
  /** The words as the entry gives them; found in the text with spaces collapsed. */
  words: string;
}

/** Why a mark could not be placed; the caller knows the entry's file and field. */
export interface MarkProblem {
  mark: Mark;
  reason: string;
}

/** A run of the text, marked or not. */
export interface Segment {
  text: string;
  mark?: Mark | undefined;
}

export interface Paragraph {
  /** 1 for the first paragraph of the body. */
  number: number;
  /** The paragraph's text with its spaces collapsed. */
  text: string;
  segments: Segment[];
}

/**
 * Collapses each run of white space to one space, as HTML shows it: line breaks, double spaces
 * and a no-break space typed beside a plain one (the source has "level.\u00a0 It"). A no-break
 * space on its own (French "article\u00a0:") is kept.
 */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\r\n\u00a0]*[ \t\r\n][ \t\r\n\u00a0]*/g, ' ').trim();
}

/** The body's paragraphs: blocks separated by a blank line, spaces collapsed. */
export function splitParagraphs(body: string): string[] {
  return body
    .replace(/^\uFEFF/, '')
    .split(/\r?\n[ \t]*\r?\n/)
    .map(collapseSpaces)
    .filter(Boolean);
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

interface Placement {
  mark: Mark;
  paragraph: number;
  start: number;
  end: number;
}

const quoted = (words: string) => `“${words.length > 80 ? `${words.slice(0, 77)}…` : words}”`;

/**
 * Places every mark in the paragraphs. A recommendation's words must occur exactly once in the
 * whole text (so `#r3` has one place); a topic is marked at the first place its wording occurs
 * (the source's list of topics, which comes first). Marks must not overlap.
 */
function place(paragraphs: readonly string[], marks: readonly Mark[]) {
  const placements: Placement[] = [];
  const problems: MarkProblem[] = [];
  for (const mark of marks) {
    const words = collapseSpaces(mark.words);
    const found = paragraphs.flatMap((text, paragraph) =>
      occurrences(text, words).map((start) => ({ paragraph, start })),
    );
    const first = found[0];
    if (!first) {
      problems.push({ mark, reason: `${quoted(words)} is not in the text word for word` });
    } else if (mark.kind === 'recommendation' && found.length > 1) {
      problems.push({
        mark,
        reason: `${quoted(words)} occurs ${found.length} times in the text; quote enough words to mark one place`,
      });
    } else {
      placements.push({ mark, ...first, end: first.start + words.length });
    }
  }
  const sorted = [...placements].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const kept: Placement[] = [];
  for (const placement of sorted) {
    const previous = kept.at(-1);
    if (previous && previous.paragraph === placement.paragraph && placement.start < previous.end) {
      problems.push({
        mark: placement.mark,
        reason: `${quoted(placement.mark.words)} overlaps the words marked for ${previous.mark.kind} "${previous.mark.id}"`,
      });
      continue;
    }
    kept.push(placement);
  }
  return { placements: kept, problems };
}

/** The text's paragraphs with the marks in place, and the problems that kept a mark out. */
export function markText(
  body: string,
  marks: readonly Mark[],
): { paragraphs: Paragraph[]; problems: MarkProblem[] } {
  const texts = splitParagraphs(body);
  const { placements, problems } = place(texts, marks);
  const paragraphs = texts.map((text, index) => {
    const segments: Segment[] = [];
    let at = 0;
    for (const p of placements.filter((placement) => placement.paragraph === index)) {
      if (p.start > at) segments.push({ text: text.slice(at, p.start) });
      segments.push({ text: text.slice(p.start, p.end), mark: p.mark });
      at = p.end;
    }
    if (at < text.length) segments.push({ text: text.slice(at) });
    return { number: index + 1, text, segments };
  });
  return { paragraphs, problems };
}

/** Where one sentence ends: a full stop, question or exclamation mark, then a capital. */
const sentenceEnd = /(?<=[.!?])\s+(?=[\p{Lu}\p{N}«“"])/gu;

/**
 * The sentence of a paragraph that holds the mark for `id`, as segments (other marks in it
 * kept), or undefined if the paragraph has no such mark.
 */
export function sentenceWith(paragraph: Paragraph, id: string): Segment[] | undefined {
  let offset = 0;
  const starts: { segment: Segment; start: number }[] = paragraph.segments.map((segment) => {
    const start = offset;
    offset += segment.text.length;
    return { segment, start };
  });
  const target = starts.find(({ segment }) => segment.mark?.id === id);
  if (!target) return undefined;
  const bounds = [
    0,
    ...[...paragraph.text.matchAll(sentenceEnd)].map((m) => m.index + m[0].length),
  ];
  const from = bounds.filter((b) => b <= target.start).at(-1) ?? 0;
  const next = bounds.find((b) => b > target.start) ?? paragraph.text.length + 1;
  const to = Math.min(next, paragraph.text.length + 1);
  const sentence: Segment[] = [];
  for (const { segment, start } of starts) {
    const end = start + segment.text.length;
    const clipStart = Math.max(start, from);
    const clipEnd = Math.min(end, to);
    if (clipStart >= clipEnd) continue;
    const text = segment.text.slice(clipStart - start, clipEnd - start);
    // A marked run is never cut: it lies inside one sentence or the sentence takes all of it.
    sentence.push(segment.mark ? { text: segment.text, mark: segment.mark } : { text });
  }
  const last = sentence.at(-1);
  if (last && !last.mark) last.text = last.text.trimEnd();
  return sentence;
}
