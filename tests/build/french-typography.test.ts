/**
 * French typography on every French page, as built: the space before `; : ! ?` and inside
 * « » is a no-break space, so a line never starts with the punctuation or leaves a guillemet
 * alone at its end. The strings, the content and the citations all reach the pages, so the
 * pages are what is read. English quoted on a French page (`lang="en"`) keeps its own spacing,
 * even the report's own "topics :".
 *
 * The log of changes is also checked as written, in both languages: its title and why go into
 * the feeds as they are typed (no smart quotes there), so a straight ' shows as &apos; in a feed
 * reader, and a French colon needs U+00A0 and ; ! ? need U+202F, not just any no-break space.
 */
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { entriesOf, loadContent } from '../../src/lib/content-check/load';
import { isHtml, listFiles, readDocument } from '../support/dist-pages';
import { projectRoot } from '../support/run';

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

describe('French pages, English names', async () => {
  const files = (await listFiles(distDir)).filter((file) => file.startsWith('fr/') && isHtml(file));

  it('give the report’s publisher and headline, in English, only inside lang="en"', async () => {
    const found: string[] = [];
    for (const file of files) {
      const document = await readDocument(distDir, file);
      for (const element of document.querySelectorAll('script, style, code, pre')) element.remove();
      for (const element of document.querySelectorAll('[lang]')) {
        if (element !== document.documentElement && element.getAttribute('lang') === 'en') {
          element.remove();
        }
      }
      for (const [match] of (document.body?.textContent ?? '').matchAll(
        /.{0,20}(?:World Customs Organization|Brussels Declaration adopted).{0,10}/g,
      )) {
        found.push(`${file}: ${match}`);
      }
    }
    expect(found).toEqual([]);
  });
});

/** Markdown a reader does not read as prose: code, and link and image addresses. */
const notProse = /`[^`]*`|\]\([^)]*\)|<[a-z]+:[^>]*>|\bhttps?:\/\/\S+/g;

/** Typewriter marks in prose, each with a little context; French spacing too in French. */
function typewriterMarks(text: string, lang: string): string[] {
  const prose = text.replace(notProse, ' ');
  const rules = [/.{0,20}['"].{0,10}/g];
  // Before a colon U+00A0; before ; ! ? U+202F (the narrow one), as src/i18n/fr.ts has them.
  if (lang === 'fr') rules.push(/.{0,20}(?:[^\u00a0]:|[^\u202f][;!?]).{0,10}/g);
  return rules.flatMap((rule) => [...prose.matchAll(rule)].map(([match]) => match));
}

describe('the log of changes, as written', () => {
  const content = loadContent(join(projectRoot, 'content'));
  const entries = locales.flatMap((lang) => entriesOf(content, 'change', lang));

  it('has entries in both languages to read', () => {
    expect(locales.map((lang) => entries.filter((e) => e.lang === lang).length)).not.toContain(0);
  });

  it('uses typographic apostrophes and quotes, and French spacing in French, in every prose field and body', () => {
    const found: string[] = [];
    for (const entry of entries) {
      // Every text field is prose but the id, which is a permanent address.
      const fields = Object.entries(entry.data).filter(
        ([name, value]) => name !== 'id' && typeof value === 'string',
      );
      for (const [name, value] of [...fields, ['body', entry.body] as const]) {
        for (const mark of typewriterMarks(String(value), entry.lang)) {
          found.push(`${entry.file}: ${name}: ${mark}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('would catch each typewriter mark and each wrong French space', () => {
    expect(typewriterMarks("the report's words", 'en')).toHaveLength(1);
    expect(typewriterMarks('a "page not found"', 'en')).toHaveLength(1);
    expect(typewriterMarks('une liste\u202f: la page', 'fr')).toHaveLength(1);
    expect(typewriterMarks('une liste : la page', 'fr')).toHaveLength(1);
    expect(typewriterMarks('une ligne\u00a0; la suivante', 'fr')).toHaveLength(1);
    expect(typewriterMarks('vraiment?', 'fr')).toHaveLength(1);
    // What is right is not caught: code, addresses, and the right spaces.
    expect(typewriterMarks('sous `/fr/` et <https://example.org/?a=1>', 'fr')).toEqual([]);
    expect(typewriterMarks('une liste\u00a0: une ligne\u202f; vraiment\u202f?', 'fr')).toEqual([]);
    expect(typewriterMarks('the report’s “words”', 'en')).toEqual([]);
  });
});
