/**
 * The copy of a built page that Pagefind indexes. The page itself is unchanged; its copy reads
 * better as the plain text that search excerpts are cut from: the term of a description list
 * ends with a colon, which the page shows by its layout ("Concerns: The World Customs
 * Organization…", not "Concerns The World…"), and in French an elided article stands apart from
 * its word, so that "OMD" finds "l’OMD" (`search-elision.ts`).
 */
import { splitElisions } from './search-elision.ts';

/** Whether a built page is in French, by its root element. */
function isFrench(html: string): boolean {
  return /^<!doctype html>\s*<html lang="fr\b/i.test(html);
}

export function indexCopy(html: string): string {
  const french = isFrench(html);
  // A term's own text, before any element in it (such as "(editors' reading)", not indexed).
  const withColons = html.replace(
    /(<dt(?:\s[^>]*)?>)([^<]*[^\s<])/g,
    (_, open: string, term: string) => `${open}${term}${french ? '\u00a0:' : ':'}`,
  );
  return french ? splitElisions(withColons) : withColons;
}
