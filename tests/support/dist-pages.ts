/**
 * Reading a built site: its files, its HTML pages as parsed documents, and each page's URL path
 * (relative to the base path, which the build prefixes to every link).
 */
import { readdir, readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';

/** Every file under `dir`, as sorted POSIX paths relative to it (`about/index.html`). */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`.slice(dir.replace(/\/$/, '').length + 1))
    .sort();
}

export const isHtml = (file: string) => file.endsWith('.html');

/** `index.html` is `/`, `about/index.html` is `/about/`, `404.html` stays `/404.html`. */
export function urlPathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The file a URL path (relative to the base path) is served from, or undefined if none. */
export function fileOf(urlPath: string, files: ReadonlySet<string>): string | undefined {
  const inside = urlPath.replace(/^\//, '');
  const file = inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
  return files.has(file) ? file : undefined;
}

export async function readDocument(dir: string, file: string): Promise<Document> {
  return parseHTML(await readFile(`${dir}/${file}`, 'utf8')).document;
}

/** Every element id in a document, in document order. */
export function idsOf(document: Document): string[] {
  return [...document.querySelectorAll('[id]')].map((element) => element.id);
}
