/**
 * Checks that a built site lives entirely under its deployed address (`site` + `base`): every
 * link, asset, anchor, canonical and Open Graph URL, sitemap entry and the robots.txt sitemap
 * line point inside it and resolve to a file in the build. Written for the sub-path build test;
 * a missing base shows up as a path outside the base or a file that does not exist.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';

export interface SiteAddress {
  /** Origin the site is deployed at, such as `https://example.org`. */
  site: string;
  /** Base path, with leading and trailing slash, such as `/brussels-declaration/`. */
  base: string;
}

export interface UrlCheck {
  /** Each problem names the file, the URL and the reason. */
  problems: string[];
  /** How many URLs were checked, so a test can tell an empty check from a clean one. */
  checked: number;
  /** How many HTML pages they came from. */
  pages: number;
}

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** The page URL (path under the origin) a built HTML file is served at. */
function pagePathOf(distDir: string, file: string, base: string): string {
  const rel = relative(distDir, file).split(sep).join('/');
  return base + rel.replace(/(^|\/)index\.html$/, '$1');
}

const urlAttributes: [selector: string, attribute: string][] = [
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

function urlsInHtml(html: string): string[] {
  const { document } = parseHTML(html);
  const urls: string[] = [];
  for (const [selector, attribute] of urlAttributes) {
    for (const element of document.querySelectorAll(selector)) {
      urls.push(element.getAttribute(attribute) ?? '');
    }
  }
  for (const element of document.querySelectorAll('[srcset]')) {
    for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) urls.push(url);
    }
  }
  return urls;
}

function idsInHtml(html: string): Set<string> {
  const { document } = parseHTML(html);
  const ids = [...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id') ?? '');
  const names = [...document.querySelectorAll('a[name]')].map((e) => e.getAttribute('name') ?? '');
  return new Set([...ids, ...names]);
}

export async function checkSiteUrls(distDir: string, address: SiteAddress): Promise<UrlCheck> {
  const { site, base } = address;
  const root = new URL(base, site);
  const files = await filesIn(distDir);
  const fileSet = new Set(files);
  const problems: string[] = [];
  const idCache = new Map<string, Set<string>>();
  let checked = 0;
  let pages = 0;

  /** The file a URL inside the site is served from, if any. */
  const fileFor = (pathname: string): string | undefined => {
    const inside = decodeURIComponent(pathname.slice(base.length));
    const candidates = inside === '' || inside.endsWith('/') ? [`${inside}index.html`] : [inside];
    if (!inside.endsWith('/') && inside !== '') candidates.push(`${inside}/index.html`);
    return candidates.map((c) => join(distDir, c)).find((c) => fileSet.has(c));
  };

  const ids = async (file: string) => {
    let found = idCache.get(file);
    if (!found) {
      found = idsInHtml(await readFile(file, 'utf8'));
      idCache.set(file, found);
    }
    return found;
  };

  /** Checks one URL found in `where`, resolved against the address it is served at. */
  const check = async (raw: string, pageUrl: URL, where: string) => {
    checked++;
    if (/^(mailto|tel|data):/i.test(raw)) return;
    let url: URL;
    try {
      url = new URL(raw, pageUrl);
    } catch {
      problems.push(`${where}: ${raw}: not a valid URL`);
      return;
    }
    if (url.origin !== root.origin) {
      if (/^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname)) {
        problems.push(`${where}: ${raw}: points at a local address, not at ${site}`);
      }
      return;
    }
    if (!url.pathname.startsWith(base)) {
      problems.push(`${where}: ${raw}: outside the base path ${base}`);
      return;
    }
    const target = fileFor(url.pathname);
    if (!target) {
      problems.push(`${where}: ${raw}: no file in the build serves ${url.pathname}`);
      return;
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && target.endsWith('.html') && !(await ids(target)).has(anchor)) {
      problems.push(`${where}: ${raw}: no element with id "${anchor}" in ${url.pathname}`);
    }
  };

  for (const file of files) {
    const where = relative(distDir, file);
    if (file.endsWith('.html')) {
      pages++;
      const pageUrl = new URL(pagePathOf(distDir, file, base), site);
      const html = await readFile(file, 'utf8');
      for (const raw of urlsInHtml(html)) await check(raw, pageUrl, where);
      const { document } = parseHTML(html);
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
      // A short link's canonical is, rightly, the page it redirects to.
      const redirect = document.querySelector('meta[http-equiv="refresh"]') !== null;
      if (canonical && !redirect && !file.endsWith('404.html') && canonical !== pageUrl.href) {
        problems.push(`${where}: canonical ${canonical}: expected ${pageUrl.href}`);
      }
    } else if (file.endsWith('.css')) {
      const pageUrl = new URL(pagePathOf(distDir, file, base), site);
      const css = await readFile(file, 'utf8');
      for (const [, raw = ''] of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
        await check(raw, pageUrl, where);
      }
    } else if (/sitemap.*\.xml$/.test(file)) {
      const xml = await readFile(file, 'utf8');
      for (const [, loc = ''] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
        if (!loc.startsWith(root.href)) problems.push(`${where}: ${loc}: not under ${root.href}`);
        await check(loc, root, where);
      }
    } else if (where === 'robots.txt') {
      const lines = (await readFile(file, 'utf8')).split('\n');
      const sitemaps = lines.filter((line) => /^sitemap:/i.test(line));
      if (!sitemaps.length) problems.push(`${where}: no Sitemap line`);
      for (const line of sitemaps) {
        const loc = line.replace(/^sitemap:\s*/i, '').trim();
        if (!loc.startsWith(root.href)) problems.push(`${where}: ${loc}: not under ${root.href}`);
        await check(loc, root, where);
      }
    }
  }
  return { problems, checked, pages };
}
