/**
 * Runs the Lighthouse bench part on its own until `npm run bench` includes it: serves the built
 * `dist/` (run `npm run build` first) on 127.0.0.1 with the headers of its `_headers` file, as
 * Netlify or Cloudflare Pages would, prints each score next to its limit in
 * budget.json and exits non-zero when one is below. `--why` also lists the audits that cost
 * points on each page.
 *
 *   npm run bench:lighthouse [-- --why]
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildHeaders } from '../support/headers-file.ts';
import { serveStatic } from '../support/static-server.ts';
import { type Budget, overBudget } from './figures.ts';
import { benchLighthouse, lighthouseFailures, lighthousePages } from './lighthouse.ts';

const root = resolve(import.meta.dirname, '../..');
const distDir = resolve(root, 'dist');
if (!existsSync(resolve(distDir, 'index.html'))) {
  console.error('No build in dist/: run "npm run build" first.');
  process.exit(1);
}
const budget = JSON.parse(
  await readFile(resolve(import.meta.dirname, 'budget.json'), 'utf8'),
) as Budget;

const site = await serveStatic(distDir, '/', { headers: await buildHeaders(distDir) });
let failed = false;
try {
  const figures = await benchLighthouse({ siteUrl: site.url, distDir });
  for (const figure of figures) {
    const limit = budget[figure.key];
    const over = overBudget(figure, limit);
    failed ||= over;
    const bound = limit?.min !== undefined ? `min ${limit.min}` : 'no limit';
    console.log(
      `${over ? 'OVER' : 'ok  '}  ${figure.label.padEnd(48)} ${String(figure.value).padStart(4)}   ${bound}`,
    );
  }
  if (process.argv.includes('--why')) {
    for (const page of lighthousePages) {
      const problems = await lighthouseFailures(new URL(page.path, site.url).href);
      console.log(`\n/${page.path}: ${problems.length ? '' : 'nothing costs points'}`);
      for (const problem of problems) console.log(`  ${problem}`);
    }
  }
} finally {
  await site.close();
}
process.exit(failed ? 1 : 0);
