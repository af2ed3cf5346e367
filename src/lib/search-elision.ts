/**
 * French elision in the search index. Pagefind splits words on spaces only, so "l’OMD" and
 * "d’excellence" were one word each, and a search for "OMD" or "excellence" missed them. The
 * index is built from a copy of each page with a space after the elided article ("l’ OMD"),
 * and what the search page shows from it is joined again. No dependencies: the browser bundle
 * imports it.
 */

/** The French words that elide before a vowel (l’, d’, qu’, jusqu’…), without the apostrophe. */
export const elidedWords = '(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)';

/**
 * An elided word before the word it leans on, which may start after the end of the text (in an
 * element: `l’<abbr>OMD</abbr>`).
 */
const elided = new RegExp(`(?<![\\p{L}\\p{N}])(${elidedWords}’)(?=\\p{L}|$)`, 'giu');

/**
 * The same, split from its word by one space, as the index holds it; in an excerpt, a mark may
 * close after it and open before its word (`<mark>l’</mark> <mark>OMD</mark>`).
 */
const split = new RegExp(
  `(?<![\\p{L}\\p{N}])(${elidedWords}’(?:</mark>)?) (?=<mark>|\\p{L}|$)`,
  'giu',
);

/** A text with a space after each elided word, as the index holds it: a query, too. */
export function splitElidedWords(text: string): string {
  return text.replace(elided, '$1 ');
}

/** An HTML page with a space after each elided word of its text (not of its attributes). */
export function splitElisions(html: string): string {
  return html.replace(/>([^<]+)</g, (_, text: string) => `>${splitElidedWords(text)}<`);
}

/** Text from the index as the page has it: each elided word joined to its word again. */
export function joinElisions(text: string): string {
  return text.replace(split, '$1');
}
