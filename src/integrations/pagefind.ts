/**
 * Builds the Pagefind search index from the finished HTML, as Starlight does: through Pagefind's
 * Node API at `astro:build:done`, so `astro build` alone yields a searchable site. Then writes
 * each language's vocabulary beside it, from what Pagefind indexed, for the search page's
 * spelling help (`src/lib/spelling.ts`).
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';
import { indexCopy } from '../lib/search-index-copy.ts';
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

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefindApi.createIndex>>['index']>;

/**
 * Adds every built page, as `addDirectory` would, but from the copy that reads better as search
 * excerpts and finds French words after an elided article (`src/lib/search-index-copy.ts`).
 */
async function addPages(index: PagefindIndex, site: string): Promise<{ page_count: number }> {
  const files = (await readdir(site, { recursive: true }))
    .filter((file) => file.endsWith('.html'))
    .sort();
  let pageCount = 0;
  for (const file of files) {
    const html = await readFile(join(site, file), 'utf8');
    const added = await index.addHTMLFile({
      sourcePath: file.split(sep).join('/'),
      content: indexCopy(html),
    });
    if (added.errors.length) throw new Error(`${file}: ${added.errors.join('; ')}`);
    pageCount += 1;
  }
  return { page_count: pageCount };
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
          const added = await addPages(index, site);
          const bundleDir = join(site, 'pagefind');
          const written = await index.writeFiles({ outputPath: bundleDir });
          if (written.errors.length) throw new Error(written.errors.join('; '));
          const words = await writeVocabularies(bundleDir);
          const ms = Math.round(performance.now() - started);
          logger.info(
            `read ${added.page_count} HTML files into the index in ${ms} ms; vocabulary words: ${words.join(', ')}`,
          );
        } finally {
          await pagefindApi.close();
        }
      },
    },
  };
}
