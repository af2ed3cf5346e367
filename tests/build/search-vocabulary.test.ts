/**
 * Each language's vocabulary, written beside the index from what Pagefind indexed: the words
 * the spelling help corrects towards and the other language's search is told about.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { vocabularyFile } from '../../src/lib/search-vocabulary';
import type { VocabularyFile } from '../../src/lib/spelling';
import { readIndexedPages } from '../../src/integrations/pagefind-fragments';

const distDir = inject('distDir');
const bundle = join(distDir, 'pagefind');
const vocabularies = Object.fromEntries(
  await Promise.all(
    locales.map(async (lang) => [
      lang,
      JSON.parse(await readFile(join(bundle, vocabularyFile(lang)), 'utf8')) as VocabularyFile,
    ]),
  ),
) as Record<(typeof locales)[number], VocabularyFile>;

describe('search vocabulary', () => {
  it('holds each language’s words, as readers see them', () => {
    const en = vocabularies.en.words;
    expect(en['cybercrime']).toBeGreaterThan(0);
    expect(en['counterfeiting']).toBeGreaterThan(0);
    expect(en['Mikuriya']).toBeGreaterThan(0);
    expect(en['AEO']).toBeGreaterThan(0);
    expect(en).not.toHaveProperty('contrefaçon');
    const fr = vocabularies.fr.words;
    expect(fr['contrefaçon']).toBeGreaterThan(0);
    expect(fr['cybercriminalité']).toBeGreaterThan(0);
    expect(fr).not.toHaveProperty('counterfeiting');
  });

  it('counts each word once per page it is on, and no page more than the index holds', async () => {
    const pages = await readIndexedPages(bundle);
    for (const lang of locales) {
      const count = pages.filter((p) => p.lang === lang).length;
      const counts = Object.values(vocabularies[lang].words);
      expect(Math.max(...counts), lang).toBeLessThanOrEqual(count);
      expect(Math.min(...counts), lang).toBeGreaterThanOrEqual(1);
    }
  });

  it('keeps out numbers and single letters, which spelling help never corrects to', () => {
    for (const lang of locales) {
      for (const word of Object.keys(vocabularies[lang].words)) {
        expect(word.length, word).toBeGreaterThan(1);
        expect(word, word).toMatch(/\p{L}/u);
      }
    }
  });
});
