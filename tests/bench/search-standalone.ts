/**
 * Temporary: runs the search part of the bench on its own, against the built `dist/`, until
 * `tests/bench/bench.ts` calls `benchSearch`. `npx astro build && node tests/bench/search-standalone.ts`
 */
import { resolve } from 'node:path';
import { projectRoot } from '../support/run.ts';
import { serveStatic } from '../support/static-server.ts';
import { benchSearch } from './search.ts';

const distDir = resolve(projectRoot, 'dist');
const site = await serveStatic(distDir);
try {
  for (const figure of await benchSearch({ siteUrl: site.url, distDir })) {
    console.log(`${figure.label}: ${figure.value} ${figure.unit}`);
  }
} finally {
  await site.close();
}
