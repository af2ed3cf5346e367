/**
 * Before any test: sync the content store (so `getCollection` works under Vitest), build the
 * real site with its Pagefind index into `dist/`, and serve it on 127.0.0.1.
 */
import type { TestProject } from 'vitest/node';
import { resolve } from 'node:path';
import { build, projectRoot, run } from './run';
import { serveStatic, type StaticSite } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the served `dist/`, ending in a slash. */
    siteUrl: string;
    /** Absolute path of the built site. */
    distDir: string;
  }
}

let site: StaticSite | undefined;

export async function setup(project: TestProject) {
  // Vitest reads the content store from `.astro/` (Astro's dev location), so sync it there.
  const sync = await run('astro', ['sync'], { CACHE_DIR: './.astro' });
  if (sync.code !== 0) throw new Error(`astro sync failed:\n${sync.output}`);
  const distDir = resolve(projectRoot, 'dist');
  await build(distDir);
  site = await serveStatic(distDir);
  project.provide('siteUrl', site.url);
  project.provide('distDir', distDir);
}

export async function teardown() {
  await site?.close();
}
