/**
 * The glossary's acronyms expanded where they first appear on a page, in the built HTML: once
 * per page, on the first appearance, with the glossary's term, the letters left as they are.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';

const distDir = inject('distDir');

async function glossary(lang: string): Promise<Map<string, string>> {
  const text = await readFile(join('content', lang, 'glossary.md'), 'utf8');
  const data = parse(text.split(/^---$/m)[1] ?? '') as {
    entries: { term: string; acronyms?: string[] }[];
  };
  return new Map(data.entries.flatMap((e) => (e.acronyms ?? []).map((a) => [a, e.term] as const)));
}

async function main(file: string) {
  const html = await readFile(join(distDir, file), 'utf8');
  return parseHTML(html).document.querySelector('main') as HTMLElement;
}

const pages: [string, string, string[]][] = [
  ['en', 'index.html', ['AEO', 'WCO']],
  ['fr', 'fr/index.html', ['OEA', 'OMD']],
  ['en', 'recommendations/r3/index.html', ['AEO']],
  ['fr', 'fr/recommendations/r1/index.html', ['OMD']],
];

describe('acronyms expanded in the text', () => {
  it.each(pages)('%s %s: each acronym once, where it first appears', async (lang, file, wanted) => {
    const expansions = await glossary(lang);
    const content = await main(file);
    const abbrs = [...content.querySelectorAll('abbr')];
    const acronyms = abbrs.map((a) => (a.textContent ?? '').replace(/s$/, ''));
    expect(acronyms.sort()).toEqual([...wanted].sort());
    for (const abbr of abbrs) {
      const acronym = (abbr.textContent ?? '').replace(/s$/, '');
      expect(abbr.getAttribute('title')).toBe(expansions.get(acronym));
      // The first appearance in the text: nothing of the report before it holds the letters.
      const quoted = abbr.closest('article, blockquote') as HTMLElement;
      const before = (quoted.textContent ?? '').split(abbr.textContent ?? '')[0] ?? '';
      expect(before).not.toMatch(new RegExp(`(^|[^\\p{L}])${acronym}([^\\p{L}]|$)`, 'u'));
    }
  });
});
