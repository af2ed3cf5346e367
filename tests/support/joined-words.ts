/**
 * Words run together where text was joined without a space: "Topic 2Cybercrime",
 * "Addressed toThe", "(AEOs)Number", "Adopted2 July". Search excerpts and copied text show the
 * page's text without its styles, so every block and label must be apart in the text itself.
 */

/** A lower-case letter then a capital, a digit then a letter, a letter then a digit. */
const seams = [
  /\p{Ll}\p{Lu}/u,
  // A digit then a letter, unless an ordinal (18th, 18e, 1er, 2nd …).
  /\p{N}(?!(?:st|nd|rd|th|e|er|re|es|ème)(?![\p{L}]))\p{L}/u,
  /\p{L}\p{N}/u,
  // Closing punctuation then a letter: "(AEOs)Number", "it”Topics", "level.It".
  /[)\]”»!?;:,.](?=\p{L})/u,
];

/** Words that look joined by design, not by a missing space: ids, addresses, file names. */
const exempt = /^(?:[a-z]+:\/\/|www\.)|[/@]|\.(?:org|int|com|json|xml|bib|ris)\b|^r\d+$|^p\d+$/i;

/** The tokens of `text` (split on white space) that run two words together. */
export function joinedWords(text: string): string[] {
  return text.split(/\s+/).filter((token) => {
    const bare = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    return bare && !exempt.test(bare) && seams.some((seam) => seam.test(token));
  });
}
