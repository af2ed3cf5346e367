/**
 * Global setup of the site layer (the `build` and `browser` projects): builds the real site
 * twice at once, at the domain root into `dist/` and under a sub-path as on GitHub Pages, and
 * serves both on 127.0.0.1. Both projects call it; the builds happen once per run.
 */
import type { TestProject } from 'vitest/node';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { markContentStoreFresh } from './content-store';
import { build, projectRoot } from './run';
import { serveStatic, type StaticSite } from './static-server';

/** The sub-path build: a site as GitHub Pages serves a repository's. */
export interface SubPathSite {
  /** Absolute path of the build. */
  distDir: string;
  /** Address of the served build, ending in its base path. */
  url: string;
  /** The build's `BASE_PATH`, with leading and trailing slash. */
  basePath: string;
  /** The build's `SITE_URL`, an origin. */
  site: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the served `dist/`, ending in a slash. */
    siteUrl: string;
    /** Absolute path of the built site. */
    distDir: string;
    /** The same site built under `/brussels-declaration/` for `https://example.org`. */
    subPathSite: SubPathSite;
  }
}

export interface BuiltSites {
  distDir: string;
  root: StaticSite;
  subPath: SubPathSite & { server: StaticSite };
}

const subPathDir = resolve(projectRoot, 'tests/.output/sub-path');

async function buildAndServe(): Promise<BuiltSites> {
  const distDir = resolve(projectRoot, 'dist');
  const subPath = {
    distDir: resolve(subPathDir, 'dist'),
    basePath: '/brussels-declaration/',
    site: 'https://example.org',
  };
  await rm(subPathDir, { recursive: true, force: true });
  await Promise.all([
    // The content store lands in `.astro/`, where Vitest's `astro:content` reads it, so the
    // unit layer finds it fresh and needs no sync of its own (see content-store.ts).
    build(distDir, { CACHE_DIR: './.astro' }),
    // Its own cache, and an outDir inside the project: Astro writes a build's prerender chunks
    // to the project's `.astro/` when the outDir is elsewhere, which the other build shares.
    build(subPath.distDir, {
      BASE_PATH: subPath.basePath,
      SITE_URL: subPath.site,
      CACHE_DIR: resolve(subPathDir, 'cache'),
    }),
  ]);
  await markContentStoreFresh();
  const [root, server] = await Promise.all([
    serveStatic(distDir),
    serveStatic(subPath.distDir, subPath.basePath),
  ]);
  return { distDir, root, subPath: { ...subPath, url: server.url, server } };
}

/** Process-wide, so that every project's setup shares the one pair of builds. */
const shared = globalThis as typeof globalThis & { __builtSites?: Promise<BuiltSites> };

export function builtSites(): Promise<BuiltSites> {
  shared.__builtSites ??= buildAndServe();
  return shared.__builtSites;
}

export function provideSites(project: TestProject, sites: BuiltSites): void {
  project.provide('siteUrl', sites.root.url);
  project.provide('distDir', sites.distDir);
  const { server: _, ...subPath } = sites.subPath;
  project.provide('subPathSite', subPath);
}

export async function closeSites(): Promise<void> {
  const sites = await shared.__builtSites?.catch(() => undefined);
  delete shared.__builtSites;
  await Promise.all([sites?.root.close(), sites?.subPath.server.close()]);
}

export async function setup(project: TestProject) {
  provideSites(project, await builtSites());
}

export async function teardown() {
  await closeSites();
}
