/**
 * Global setup of the unit layer: `getCollection` under Vitest reads Astro's content store from
 * `.astro/data-store.json`, so it must hold the current content. A sync (about two seconds, no
 * build) runs only when the store is missing or older than a file it depends on; after a run of
 * the site layer, whose root build writes the store, none is needed.
 */
import { readdir, stat, utimes } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { projectRoot, run } from './run';

export const contentStore = resolve(projectRoot, '.astro/data-store.json');

/** What the store is made from: the content, the schemas and loaders, Astro itself. */
const sources = ['content', 'src', 'astro.config.mjs', 'package-lock.json'];

async function newestChange(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  const times = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => (await stat(join(entry.parentPath, entry.name))).mtimeMs),
  );
  return Math.max(info.mtimeMs, ...times);
}

export async function contentStoreIsFresh(): Promise<boolean> {
  const store = await stat(contentStore).catch(() => undefined);
  if (!store) return false;
  const changes = await Promise.all(sources.map((s) => newestChange(resolve(projectRoot, s))));
  return Math.max(...changes) < store.mtimeMs;
}

/**
 * Dates the store to now, once a sync or build has brought it up to date: Astro leaves the file
 * untouched when the content has not changed, however old it is.
 */
export async function markContentStoreFresh(): Promise<void> {
  const now = new Date();
  await utimes(contentStore, now, now);
}

export async function setup() {
  if (await contentStoreIsFresh()) return;
  const sync = await run('astro', ['sync'], { CACHE_DIR: './.astro' });
  if (sync.code !== 0) throw new Error(`astro sync failed:\n${sync.output}`);
  await markContentStoreFresh();
}
