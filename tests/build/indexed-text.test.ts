/**
 * What the search index holds, read back from Pagefind's own bundle: every page's text reads
 * as words apart (no "Topic 2Cybercrime"), and a page about one thing holds that thing's words,
 * not copies of every other entry quoted beside it.
 */
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readIndexedPages } from '../../src/integrations/pagefind-fragments';
import { joinedWords } from '../support/joined-words';

const distDir = inject('distDir');
const pages = await readIndexedPages(join(distDir, 'pagefind'));
const page = (url: string) => {
  const found = pages.find((p) => p.url === url);
  if (!found) throw new Error(`${url} is not in the index`);
  return found;
};

describe('the indexed text', () => {
  it('holds every indexed page of both languages', () => {
    expect(new Set(pages.map((p) => p.lang))).toEqual(new Set(['en', 'fr']));
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages.map((p) => [p.url, p] as const))('of %s runs no two words together', (_, p) => {
    expect(joinedWords(p.content)).toEqual([]);
  });

  it('leaves out the editors’ numbers in the text, which would join the next word', () => {
    expect(page('/').content).toContain('It encouraged the Organization to develop training');
    expect(page('/fr/').content).toContain('à développer la formation');
  });

  it('gives a recommendation’s page its own words, not its neighbours’ in the same sentence', () => {
    const r3 = page('/recommendations/r3/').content;
    expect(r3).toContain('to provide more training in the field of AEO');
    expect(r3).not.toContain('to develop training in cybercrime');
    expect(r3).not.toContain('tracking goods');
  });

  it('gives a topic’s page its own wording, not the whole list of topics nor the recommendations', () => {
    const topic = page('/topics/wildlife-crime/').content;
    expect(topic).toContain('the fight against wildlife crime');
    expect(topic).not.toContain('cybercrime');
    expect(page('/topics/cybercrime/').content).not.toContain('to develop training in cybercrime');
  });

  it('leaves the adoption, the same on every recommendation’s page, to the text', () => {
    for (const p of pages.filter((p) => p.url.includes('/recommendations/'))) {
      expect(p.content, p.url).not.toMatch(/Brussels|Bruxelles/);
    }
  });
});
