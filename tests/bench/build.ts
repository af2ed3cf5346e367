/** Builds the site into `dist/` as `npm run build` does, timed, and sizes what it produced. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from '../support/run.ts';
import type { Figure } from './figures.ts';

async function sizeOf(dir: string): Promise<{ bytes: number; files: number }> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile());
  const sizes = await Promise.all(
    files.map(async (f) => (await stat(join(f.parentPath, f.name))).size),
  );
  return { bytes: sizes.reduce((sum, n) => sum + n, 0), files: files.length };
}

export async function buildSite(distDir: string): Promise<Figure[]> {
  const started = performance.now();
  await build(distDir);
  const ms = Math.round(performance.now() - started);
  const all = await sizeOf(distDir);
  const search = await sizeOf(join(distDir, 'pagefind'));
  return [
    {
      key: 'build.time',
      label: 'Build time (astro build with the search index)',
      value: ms,
      unit: 'ms',
    },
    { key: 'dist.bytes', label: 'dist/ size', value: all.bytes, unit: 'B' },
    { key: 'dist.files', label: 'dist/ files', value: all.files, unit: 'count' },
    {
      key: 'dist.search.bytes',
      label: 'dist/pagefind/ size (search index)',
      value: search.bytes,
      unit: 'B',
    },
  ];
}
