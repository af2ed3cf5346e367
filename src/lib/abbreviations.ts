/**
 * Where an acronym of the glossary first appears on a page, it is written `<abbr title="…">`:
 * the reader can see what AEO stands for, and the text stays word for word (the `abbr` wraps the
 * letters, it never changes them). Only the first appearance on a page: after that the reader
 * knows it, as style guides ask.
 */
import type { GlossaryTerm } from './edition.ts';

/** A run of text, and the expansion to show when the run is an acronym. */
export interface TextPiece {
  text: string;
  expansion?: string | undefined;
}

/** Each acronym of the glossary and the term it stands for. */
export function expansionsOf(glossary: readonly GlossaryTerm[]): Map<string, string> {
  return new Map(glossary.flatMap((entry) => entry.acronyms.map((a) => [a, entry.term] as const)));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `texts` (the runs of one page, in reading order) into pieces, the first appearance of
 * each acronym (or its plural: AEOs) a piece of its own with its expansion. `seen` carries the
 * acronyms already expanded on the page, across calls.
 */
export function abbreviate(
  texts: readonly string[],
  expansions: ReadonlyMap<string, string>,
  seen: Set<string> = new Set(),
): TextPiece[][] {
  if (!expansions.size) return texts.map((text) => [{ text }]);
  const acronyms = [...expansions.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${acronyms.join('|')})s?(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return texts.map((text) => {
    const pieces: TextPiece[] = [];
    let at = 0;
    for (const match of text.matchAll(pattern)) {
      const acronym = match[1] ?? '';
      if (seen.has(acronym)) continue;
      seen.add(acronym);
      if (match.index > at) pieces.push({ text: text.slice(at, match.index) });
      pieces.push({ text: match[0], expansion: expansions.get(acronym) });
      at = match.index + match[0].length;
    }
    if (at < text.length || !pieces.length) pieces.push({ text: text.slice(at) });
    return pieces;
  });
}
