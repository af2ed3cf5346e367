/**
 * Builds the Pagefind search index from the finished HTML, as Starlight does: through Pagefind's
 * Node API at `astro:build:done`, so `astro build` alone yields a searchable site. Then writes
 * each language's vocabulary beside it, from what Pagefind indexed, for the search page's
 * spelling help (`src/lib/spelling.ts`).
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';
import { buildVocabulary, vocabularyFile } from '../lib/search-vocabulary.ts';
import { readIndexedPages } from './pagefind-fragments.ts';

/** Writes `vocabulary.<lang>.json` for each language of the bundle; returns the word counts. */
async function writeVocabularies(bundleDir: string): Promise<string[]> {
  const pages = await readIndexedPages(bundleDir);
  const languages = [...new Set(pages.map((page) => page.lang))].sort();
  return Promise.all(
    languages.map(async (lang) => {
      const vocabulary = buildVocabulary(
        lang,
        pages.filter((page) => page.lang === lang),
      );
      await writeFile(join(bundleDir, vocabularyFile(lang)), JSON.stringify(vocabulary));
      return `${lang} ${Object.keys(vocabulary.words).length}`;
    }),
  );
}

export function pagefind(): AstroIntegration {
  return {
    name: 'declaration:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefindApi.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(added.errors.join('; '));
          const bundleDir = join(site, 'pagefind');
          const written = await index.writeFiles({ outputPath: bundleDir });
          if (written.errors.length) throw new Error(written.errors.join('; '));
          const words = await writeVocabularies(bundleDir);
          const ms = Math.round(performance.now() - started);
          logger.info(
            `indexed ${added.page_count} pages in ${ms} ms; vocabulary words: ${words.join(', ')}`,
          );
        } finally {
          await pagefindApi.close();
        }
      },
    },
  };
}
