/**
 * Text-fragment links (`#:~:text=`), which browsers scroll to and highlight: the directive for a
 * selection inside a block of text, with the prefix and suffix that make it match only there.
 * Pure string work, shared by the browser module and the unit tests.
 */

/** Encodes one term: percent-encoding, plus '-' which the syntax uses (',' and '&' already are). */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

export interface TextDirective {
  prefix?: string | undefined;
  start: string;
  end?: string | undefined;
  suffix?: string | undefined;
}

/** `text=[prefix-,]start[,end][,-suffix]`, each term encoded. */
export function formatDirective({ prefix, start, end, suffix }: TextDirective): string {
  return `text=${prefix ? `${encodeTerm(prefix)}-,` : ''}${encodeTerm(start)}${
    end ? `,${encodeTerm(end)}` : ''
  }${suffix ? `,-${encodeTerm(suffix)}` : ''}`;
}

/** Adds the directive to a page URL, after its own fragment if it has one (`/#r3:~:text=…`). */
export function withDirective(url: string, directive: TextDirective): string {
  return `${url}${url.includes('#') ? '' : '#'}:~:${formatDirective(directive)}`;
}

const wordChar = /[\p{L}\p{N}]/u;
/** Selections longer than this many words are linked by their first and last words. */
const longSelection = 10;
/** Words of context on each side, enough to tell two occurrences of the same words apart. */
const contextWords = 3;
const edgeWords = 4;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * The directive for `block.slice(start, end)`, limited to `[min, max)` (the quoted words) and
 * widened to whole words, since browsers only match whole words. Undefined if nothing is left.
 */
export function directiveFor(
  block: string,
  selection: { start: number; end: number },
  limits: { min: number; max: number } = { min: 0, max: block.length },
): TextDirective | undefined {
  let start = Math.max(selection.start, limits.min);
  let end = Math.min(selection.end, limits.max);
  while (start > limits.min && wordChar.test(block[start - 1] ?? '')) start--;
  while (end < limits.max && wordChar.test(block[end] ?? '')) end++;
  while (start < end && /\s/.test(block[start] ?? '')) start++;
  while (end > start && /\s/.test(block[end - 1] ?? '')) end--;
  if (end <= start) return undefined;

  const chosen = words(block.slice(start, end));
  const before = words(block.slice(0, start)).slice(-contextWords);
  const after = words(block.slice(end)).slice(0, contextWords);
  const long = chosen.length > longSelection;
  return {
    prefix: before.length ? before.join(' ') : undefined,
    start: (long ? chosen.slice(0, edgeWords) : chosen).join(' '),
    end: long ? chosen.slice(-edgeWords).join(' ') : undefined,
    suffix: after.length ? after.join(' ') : undefined,
  };
}
