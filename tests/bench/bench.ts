/**
 * `npm run bench`: builds the site, serves `dist/` on 127.0.0.1, runs every part of the
 * benchmark against it, prints each figure with its limit from `budget.json`, and exits 1 if
 * any figure is over budget, a budgeted figure was not measured, or a part failed.
 *
 * Runs on Node 24 directly (type stripping): erasable TypeScript only, imports with `.ts`.
 * Parts are `BenchPart` functions (see figures.ts); add a new one to `parts` below.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { basePath } from '../../src/lib/deploy-env.ts';
import { projectRoot } from '../support/run.ts';
import { serveStatic } from '../support/static-server.ts';
import { buildSite } from './build.ts';
import { overBudget, type BenchPart, type Budget, type Figure, type Limit } from './figures.ts';
import { benchLighthouse } from './lighthouse.ts';
import { benchOffline } from './offline.ts';
import { pageWeights } from './pages.ts';
import { benchSearch } from './search.ts';

const parts: Record<string, BenchPart> = {
  pages: pageWeights,
  search: benchSearch,
  offline: benchOffline,
  lighthouse: benchLighthouse,
};

/** Issue #2's figures for the same content built with Astro Starlight's defaults. */
const starlightReference =
  'For comparison (issue #2), the same content built with Astro Starlight’s defaults transfers\n' +
  'about 48 KiB gzip per page, executes about 70 KB of JS, and has 1 axe violation and\n' +
  '2 W3C HTML errors per page.';

const budget = JSON.parse(
  readFileSync(new URL('./budget.json', import.meta.url), 'utf8'),
) as Budget;

const grouped = new Intl.NumberFormat('en-GB');

function format(value: number, unit: Figure['unit']): string {
  if (unit === 'B') {
    const kib = value >= 1024 ? ` (${(value / 1024).toFixed(1)} KiB)` : '';
    return `${grouped.format(value)} B${kib}`;
  }
  if (unit === 'count' || unit === 'score') return grouped.format(value);
  return `${grouped.format(value)} ${unit}`;
}

function formatLimit(limit: Limit | undefined, unit: Figure['unit']): string {
  if (!limit) return '';
  const bounds = [];
  if (limit.max !== undefined) bounds.push(`<= ${format(limit.max, unit)}`);
  if (limit.min !== undefined) bounds.push(`>= ${format(limit.min, unit)}`);
  return bounds.join(', ');
}

function printTable(figures: Figure[]): void {
  const rows = figures.map((figure) => {
    const limit = budget[figure.key];
    const status = !limit ? '' : overBudget(figure, limit) ? 'OVER' : 'ok';
    return [
      figure.label,
      format(figure.value, figure.unit),
      formatLimit(limit, figure.unit),
      status,
    ];
  });
  const header = ['Figure', 'Value', 'Limit', ''];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 1 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
}

const distDir = resolve(projectRoot, 'dist');
const problems: string[] = [];
console.log('Building the site …');
const figures = await buildSite(distDir);
const site = await serveStatic(distDir, basePath(process.env));
try {
  for (const [name, part] of Object.entries(parts)) {
    console.log(`Measuring ${name} …`);
    try {
      figures.push(...(await part({ siteUrl: site.url, distDir })));
    } catch (error) {
      problems.push(`part "${name}" failed: ${error instanceof Error ? error.message : error}`);
    }
  }
} finally {
  await site.close();
}

console.log('');
printTable(figures);
console.log(`\n${starlightReference}`);

const measured = new Set(figures.map((f) => f.key));
for (const key of Object.keys(budget)) {
  if (!measured.has(key)) problems.push(`${key} has a limit in budget.json but was not measured`);
}
for (const figure of figures) {
  if (overBudget(figure, budget[figure.key])) {
    problems.push(`${figure.key} is over budget: ${format(figure.value, figure.unit)}`);
  }
}
if (problems.length) {
  console.error(`\nBench failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('\nEvery figure is within budget.');
