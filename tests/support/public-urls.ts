/**
 * The committed list of every public URL and anchor, `tests/public-urls.txt`: each HTML page of
 * the build, each permalink target on it (headings and recommendation articles with an id), and
 * the edition's permanent files (its PDFs).
 * `tests/build/public-urls.test.ts` fails if a listed URL disappears or a page is not listed.
 *
 * After adding a page or an anchor on purpose, rebuild and regenerate the list:
 *
 *   npm run build && npx node tests/support/public-urls.ts --write
 *
 * (`npx` runs the project's Node 24, which runs TypeScript; the system Node may be older.)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { idsOf, isHtml, listFiles, readDocument, urlPathOf } from './dist-pages.ts';
import { projectRoot } from './run.ts';

export const publicUrlsFile = `${projectRoot}/tests/public-urls.txt`;

/** Elements whose id is a permalink: the outline's headings and the recommendation anchors. */
const permalinkTargets = [
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => `main ${h}[id]`),
  'main article[id]',
  'main section[id]',
].join(', ');

const header = `# Every public URL and anchor of the site, relative to its base path, one a line.
# tests/build/public-urls.test.ts fails if one of them is missing from the build, or if the
# build has an HTML page that is not listed. They are permalinks: do not delete a line to make
# the test pass. /404.html is listed because static hosts serve that exact file for every
# missing address. After adding a page or an anchor on purpose, regenerate this file with
#   npm run build && npx node tests/support/public-urls.ts --write
`;

/** Files other than pages whose addresses are permanent: the edition's PDF in each language. */
export const isPermanentFile = (file: string) => file.endsWith('.pdf');

/**
 * Page paths and their permalink anchors (pages sorted by path, anchors in document order),
 * then the permanent files, sorted.
 */
export async function collectPublicUrls(distDir: string): Promise<string[]> {
  const pages = (await listFiles(distDir))
    .filter(isHtml)
    .map((file) => ({ file, path: urlPathOf(file) }));
  pages.sort((a, b) => (a.path < b.path ? -1 : 1));
  const urls: string[] = [];
  for (const { file, path } of pages) {
    const document = await readDocument(distDir, file);
    const anchors = [...document.querySelectorAll(permalinkTargets)].map((el) => el.id);
    urls.push(path, ...anchors.map((id) => `${path}#${id}`));
  }
  const files = (await listFiles(distDir)).filter(isPermanentFile);
  return [...urls, ...files.map((file) => `/${file}`)];
}

/** The URLs in the list, without comments and blank lines. */
export function parsePublicUrls(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

export async function readPublicUrls(file = publicUrlsFile): Promise<string[]> {
  return parsePublicUrls(await readFile(file, 'utf8'));
}

/**
 * Listed URLs the build no longer has: a page or a file that is not there, or an anchor without
 * its id.
 */
export async function missingFromBuild(distDir: string, listed: readonly string[]) {
  const files = await listFiles(distDir);
  const pages = new Map(files.filter(isHtml).map((f) => [urlPathOf(f), f]));
  const permanentFiles = new Set(files.filter(isPermanentFile).map((f) => `/${f}`));
  const ids = new Map<string, Set<string>>();
  const missing: string[] = [];
  for (const url of listed) {
    const [path = '', anchor] = url.split('#');
    if (isPermanentFile(path)) {
      if (!permanentFiles.has(path)) missing.push(url);
      continue;
    }
    const page = pages.get(path);
    if (!page) {
      missing.push(url);
      continue;
    }
    if (anchor === undefined) continue;
    if (!ids.has(page)) ids.set(page, new Set(idsOf(await readDocument(distDir, page))));
    if (!ids.get(page)?.has(anchor)) missing.push(url);
  }
  return missing;
}

async function write(distDir: string) {
  const before = await readPublicUrls().catch((): string[] => []);
  const urls = await collectPublicUrls(distDir);
  await writeFile(publicUrlsFile, `${header}${urls.join('\n')}\n`);
  const removed = before.filter((url) => !urls.includes(url));
  const added = urls.filter((url) => !before.includes(url));
  console.log(`Wrote ${urls.length} URLs to ${publicUrlsFile}`);
  for (const url of added) console.log(`  added    ${url}`);
  for (const url of removed) console.log(`  REMOVED  ${url}  (a permalink that no longer works)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--write')) {
    console.error('Usage: npm run build && npx node tests/support/public-urls.ts --write');
    process.exit(2);
  }
  await write(`${projectRoot}/dist`);
}
