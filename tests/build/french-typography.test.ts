/**
 * French typography on every French page, as built: the space before `; : ! ?` and inside
 * « » is a no-break space, so a line never starts with the punctuation or leaves a guillemet
 * alone at its end. The strings, the content and the citations all reach the pages, so the
 * pages are what is read. English quoted on a French page (`lang="en"`) keeps its own spacing,
 * even the report's own "topics :".
 */
import { describe, expect, inject, it } from 'vitest';
import { isHtml, listFiles, readDocument } from '../support/dist-pages';

const distDir = inject('distDir');

/** A breakable space where French wants a no-break one, with a little context around it. */
const breakableSpace = /.{0,30}(?: [;:!?»]|« ).{0,15}/g;

/**
 * The wrong no-break space: a colon takes a full one (U+00A0), the semicolon, the exclamation
 * and question marks and the guillemets a narrow one (U+202F), as the Imprimerie nationale's
 * rules have it.
 */
const wrongNoBreakSpace = /.{0,30}(?:\u202f:|\u00a0[;!?»]|«\u00a0).{0,15}/g;

/** What a reader of the page meets in French: its title, descriptions and visible text. */
function frenchText(document: Document): string {
  for (const element of document.querySelectorAll('script, style, code, pre')) element.remove();
  for (const element of document.querySelectorAll('[lang]')) {
    if (element !== document.documentElement && !element.getAttribute('lang')?.startsWith('fr')) {
      element.remove();
    }
  }
  const head = [...document.querySelectorAll('meta[content]')].map(
    (meta) => meta.getAttribute('content') ?? '',
  );
  return [document.title, ...head, document.body?.textContent ?? ''].join('\n');
}

describe('French pages', async () => {
  const files = (await listFiles(distDir)).filter((file) => file.startsWith('fr/') && isHtml(file));

  it('are there to read', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('never put a breakable space before ; : ! ? » or after «', async () => {
    const found: string[] = [];
    for (const file of files) {
      const text = frenchText(await readDocument(distDir, file));
      for (const [match] of text.matchAll(breakableSpace)) found.push(`${file}: ${match}`);
    }
    expect(found).toEqual([]);
  });

  it('put a full no-break space before a colon and a narrow one before ; ! ? » and after «', async () => {
    const found: string[] = [];
    for (const file of files) {
      const text = frenchText(await readDocument(distDir, file));
      for (const [match] of text.matchAll(wrongNoBreakSpace)) {
        found.push(`${file}: ${JSON.stringify(match)}`);
      }
    }
    expect(found).toEqual([]);
  });
});
