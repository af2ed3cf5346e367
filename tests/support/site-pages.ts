/**
 * The pages of a built site, discovered from `dist/` rather than listed by hand, so a new page
 * is tested the day it is built: every `index.html`, plus `404.html`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SitePage {
  /** Path below the site root, such as `` (home), `recommendations/r3/` or `404.html`. */
  path: string;
  /** Name for test titles, such as `/recommendations/r3/`. */
  name: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** Short links (`/r/3/`) only redirect to a page; they are tested as redirects, not pages. */
const isRedirect = (file: string) => readFileSync(file, 'utf8').includes('http-equiv="refresh"');

function pagesOf(distDir: string, files: string[]): SitePage[] {
  return files
    .map((file) => relative(distDir, file).split(sep).join('/'))
    .filter((file) => file.endsWith('404.html') || file.endsWith('index.html'))
    .map((file) => file.replace(/index\.html$/, ''))
    .sort()
    .map((path) => ({ path, name: `/${path}` }));
}

export function sitePages(distDir: string): SitePage[] {
  return pagesOf(
    distDir,
    htmlFiles(distDir).filter((file) => !isRedirect(file)),
  );
}

/** The short links (`r/3/`): HTML files that only send the reader on to a page. */
export function redirectPages(distDir: string): SitePage[] {
  return pagesOf(distDir, htmlFiles(distDir).filter(isRedirect));
}

/** Absolute URL of a site path, under the served site's base path. */
export function pageUrl(siteUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), siteUrl).href;
}
