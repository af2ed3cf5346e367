/**
 * Checks that every internal link of a built site resolves: each href, src, form action and
 * same-origin Open Graph URL must name a file in the build, and each `#anchor` an element id
 * on the target page. External URLs are not fetched (the machine, and CI, are offline).
 */
import { fileOf, idsOf, isHtml, listFiles, readDocument, urlPathOf } from './dist-pages.ts';

export interface LinkProblem {
  /** The page the link is on, relative to the build (`about/index.html`). */
  page: string;
  /** Where on the page: `a[href]`, `meta[property="og:url"]` … */
  source: string;
  /** The URL as written in the page. */
  url: string;
  reason: string;
}

export interface CheckOptions {
  /** The build's base path (`BASE_PATH`), with leading and trailing slash. */
  basePath?: string;
  /** The build's site origin (`SITE_URL`): absolute URLs on it are internal. */
  site?: string;
}

/** Elements and attributes that carry a URL. */
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

export async function checkLinks(
  distDir: string,
  { basePath = '/', site = 'http://localhost:4321' }: CheckOptions = {},
): Promise<LinkProblem[]> {
  const files = await listFiles(distDir);
  const fileSet = new Set(files);
  const pages = files.filter(isHtml);
  const documents = new Map<string, Document>();
  for (const page of pages) documents.set(page, await readDocument(distDir, page));
  const ids = new Map([...documents].map(([page, doc]) => [page, new Set(idsOf(doc))]));
  const origin = new URL(site).origin;

  function resolve(url: string, pageUrl: URL): string | undefined {
    const target = new URL(url, pageUrl);
    if (target.origin !== origin) return undefined;
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

  const problems: LinkProblem[] = [];
  for (const [page, document] of documents) {
    const pageUrl = new URL(`${basePath.slice(1)}${urlPathOf(page).slice(1)}`, `${origin}/`);
    const seen = new Set<string>();
    for (const [selector, attribute] of sources) {
      for (const element of document.querySelectorAll(selector)) {
        const url = element.getAttribute(attribute)?.trim() ?? '';
        const key = `${selector} ${url}`;
        if (!url || notFetched.test(url) || seen.has(key)) continue;
        seen.add(key);
        const reason = resolve(url, pageUrl);
        if (reason) problems.push({ page, source: selector, url, reason });
      }
    }
  }
  return problems;
}

/** `about/index.html: a[href] "/nope/": no file in the build for /nope/` */
export function describeLinkProblem(problem: LinkProblem): string {
  return `${problem.page}: ${problem.source} "${problem.url}": ${problem.reason}`;
}
