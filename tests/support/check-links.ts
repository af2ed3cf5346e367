/**
 * Checks that a built site is whole and lives entirely at its deployed address (`site` plus
 * `basePath`): every href, src, srcset, form action, Open Graph URL, CSS `url()`, sitemap entry
 * and robots.txt sitemap line must stay under the base path and name a file in the build, each
 * `#anchor` an element id on its page, and each page's canonical URL must be its own address.
 * External URLs are not fetched (the machine, and CI, are offline), but one pointing at a local
 * address is reported: it would break once deployed.
 */
import { readFile } from 'node:fs/promises';
import { fileOf, idsOf, isHtml, listFiles, readDocument, urlPathOf } from './dist-pages.ts';

export interface LinkProblem {
  /** The file the URL is in, relative to the build (`about/index.html`, `robots.txt`). */
  page: string;
  /** Where in it: `a[href]`, `meta[property="og:url"]`, `link[rel="canonical"]`, `sitemap` … */
  source: string;
  /** The URL as written. */
  url: string;
  reason: string;
}

export interface LinkCheck {
  problems: LinkProblem[];
  /** How many URLs were checked, so a test can tell an empty check from a clean one. */
  checked: number;
  /** How many HTML pages they came from. */
  pages: number;
}

export interface CheckOptions {
  /** The build's base path (`BASE_PATH`), with leading and trailing slash. */
  basePath?: string;
  /** The build's site origin (`SITE_URL`): absolute URLs on it are internal. */
  site?: string;
}

/** Elements and attributes that carry one URL. */
const sources: readonly [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['form[action]', 'action'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

const notFetched = /^(mailto|tel|data|javascript):/i;
const localHost = /^(localhost|127\.0\.0\.1|\[::1\])$/;

/** The URLs of a page, each with the selector it was found by. */
function urlsOf(document: Document): [source: string, url: string][] {
  const found: [string, string][] = [];
  for (const [selector, attribute] of sources) {
    for (const element of document.querySelectorAll(selector)) {
      found.push([selector, element.getAttribute(attribute)?.trim() ?? '']);
    }
  }
  for (const element of document.querySelectorAll('[srcset]')) {
    for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) found.push(['[srcset]', url]);
    }
  }
  return found;
}

export async function checkLinks(
  distDir: string,
  { basePath = '/', site = 'http://localhost:4321' }: CheckOptions = {},
): Promise<LinkCheck> {
  const files = await listFiles(distDir);
  const fileSet = new Set(files);
  const documents = new Map<string, Document>();
  for (const page of files.filter(isHtml)) {
    documents.set(page, await readDocument(distDir, page));
  }
  const ids = new Map([...documents].map(([page, doc]) => [page, new Set(idsOf(doc))]));
  const origin = new URL(site).origin;
  const root = new URL(basePath, origin);
  /** The address a file of the build is served at. */
  const addressOf = (file: string) => new URL(urlPathOf(file).slice(1), root);

  const problems: LinkProblem[] = [];
  let checked = 0;

  /** Why `url`, resolved against `base`, is broken, or undefined when it resolves. */
  function reasonFor(url: string, base: URL): string | undefined {
    let target: URL;
    try {
      target = new URL(url, base);
    } catch {
      return 'not a valid URL';
    }
    if (target.origin !== origin) {
      return localHost.test(target.hostname)
        ? `points at a local address, not at ${site}`
        : undefined;
    }
    const path = decodeURIComponent(target.pathname);
    if (!path.startsWith(basePath)) return `outside the base path ${basePath}`;
    const inside = `/${path.slice(basePath.length)}`;
    const file = fileOf(inside, fileSet);
    if (!file) {
      return fileOf(`${inside}/`, fileSet)
        ? `${inside} is a folder: end the link with a slash`
        : `no file in the build for ${inside}`;
    }
    const anchor = decodeURIComponent(target.hash.slice(1));
    if (anchor && isHtml(file) && !ids.get(file)?.has(anchor)) {
      return `no element with id "${anchor}" on ${urlPathOf(file)}`;
    }
    return undefined;
  }

  function check(page: string, source: string, url: string, base: URL): void {
    if (!url || notFetched.test(url)) return;
    checked++;
    const reason = reasonFor(url, base);
    if (reason) problems.push({ page, source, url, reason });
  }

  for (const [page, document] of documents) {
    const address = addressOf(page);
    const seen = new Set<string>();
    for (const [source, url] of urlsOf(document)) {
      const key = `${source} ${url}`;
      if (seen.has(key)) continue;
      seen.add(key);
      check(page, source, url, address);
    }
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    // A short link's canonical is, rightly, the page it redirects to; a 404 page has no address.
    const redirect = document.querySelector('meta[http-equiv="refresh"]') !== null;
    if (canonical && !redirect && !page.endsWith('404.html') && canonical !== address.href) {
      problems.push({
        page,
        source: 'link[rel="canonical"]',
        url: canonical,
        reason: `not the page's own address ${address.href}`,
      });
    }
  }

  for (const file of files) {
    if (file.endsWith('.css')) {
      const css = await readFile(`${distDir}/${file}`, 'utf8');
      for (const [, url = ''] of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
        check(file, 'url()', url, addressOf(file));
      }
    } else if (/^sitemap.*\.xml$/.test(file)) {
      const xml = await readFile(`${distDir}/${file}`, 'utf8');
      for (const [, loc = ''] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
        if (!loc.startsWith(root.href)) {
          problems.push({ page: file, source: 'sitemap', url: loc, reason: `not under ${root}` });
        } else check(file, 'sitemap', loc, root);
      }
    } else if (file === 'robots.txt') {
      const lines = (await readFile(`${distDir}/${file}`, 'utf8')).split('\n');
      const sitemaps = lines.filter((line) => /^sitemap:/i.test(line));
      if (!sitemaps.length) {
        problems.push({ page: file, source: 'Sitemap', url: '', reason: 'no Sitemap line' });
      }
      for (const line of sitemaps) {
        const loc = line.replace(/^sitemap:\s*/i, '').trim();
        if (!loc.startsWith(root.href)) {
          problems.push({ page: file, source: 'Sitemap', url: loc, reason: `not under ${root}` });
        } else check(file, 'Sitemap', loc, root);
      }
    }
  }
  return { problems, checked, pages: documents.size };
}

/** `about/index.html: a[href] "/nope/": no file in the build for /nope/` */
export function describeLinkProblem(problem: LinkProblem): string {
  return `${problem.page}: ${problem.source} "${problem.url}": ${problem.reason}`;
}
