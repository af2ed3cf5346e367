/**
 * How far apart two words are, as readers mistype them: a letter missing, doubled, swapped with
 * its neighbour, or wrong each count one, and accents and case count nothing (`contrefacon` is
 * `contrefaçon`). No dependencies: the search page's script imports it.
 */

/** Ligatures a reader types as two letters. */
const ligatures: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/**
 * A word as search compares it: lower case, accents and other combining marks removed,
 * ligatures spelt out, typographic apostrophes made plain.
 */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[œæß]/g, (letter) => ligatures[letter] ?? letter)
    .replace(/[\u2018\u2019\u02bc]/g, "'");
}

/**
 * The Damerau–Levenshtein distance (optimal string alignment) between two folded words: the
 * fewest insertions, deletions, substitutions and swaps of two neighbouring letters that turn
 * one into the other. Stops early and returns `limit + 1` once the distance must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rows: two back (for swaps), the previous, the current.
  let twoBack: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (twoBack[j - 2] ?? 0) + 1);
      }
      current[j] = best;
      rowBest = Math.min(rowBest, best);
    }
    if (rowBest > limit) return limit + 1;
    twoBack = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The distance between two words as readers type them: folded first. */
export function wordDistance(a: string, b: string, limit = Infinity): number {
  return editDistance(foldWord(a), foldWord(b), limit);
}

/**
 * How many slips a word of this length may hold and still be corrected: none under four
 * letters (an acronym or a short word has too many neighbours), one up to six, two from seven.
 */
export function slipsAllowed(word: string): number {
  const length = [...foldWord(word)].length;
  if (length < 4) return 0;
  if (length < 7) return 1;
  return 2;
}
