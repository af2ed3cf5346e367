import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { basePath, siteUrl } from '../../src/lib/deploy-env';
import { isHtml, listFiles, readDocument, urlPathOf } from '../support/dist-pages';

const distDir = inject('distDir');
const base = basePath(process.env);
const root = new URL(base, siteUrl(process.env)).href;
const files = await listFiles(distDir);
const allPages = await Promise.all(
  files.filter(isHtml).map(async (file) => ({
    file,
    url: new URL(urlPathOf(file).slice(1), root).href,
    document: await readDocument(distDir, file),
  })),
);
const notFound = '404.html';
/** Short links (`/r/3/`) are redirect stubs, not pages: they are checked on their own below. */
const isRedirect = (page: (typeof allPages)[number]) =>
  page.document.querySelector('meta[http-equiv="refresh"]') !== null;
const redirects = allPages.filter(isRedirect);
const pages = allPages.filter((page) => !isRedirect(page));
/** Each language's 404 page answers at any missing address and has none of its own. */
const addressed = pages.filter((page) => !/(^|\/)404\.html$/.test(page.file));

const focusable = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([type="hidden"]):not([disabled])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'iframe',
  'summary',
  '[contenteditable]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

type Page = (typeof pages)[number];

/** The pages for which `problem` returns a reason, as `file: reason`. */
function failing(list: Page[], problem: (page: Page) => string | undefined): string[] {
  return list.flatMap((page) => {
    const reason = problem(page);
    return reason ? [`${page.file}: ${reason}`] : [];
  });
}

const attr = (page: Page, selector: string, name: string) =>
  page.document.querySelector(selector)?.getAttribute(name)?.trim() ?? '';

const meta = (page: Page, key: string) =>
  attr(page, `meta[property="${key}"], meta[name="${key}"]`, 'content');

describe('every page of the build', () => {
  it('has pages to check', () => {
    expect(addressed.length).toBeGreaterThan(0);
  });

  it('declares its language on <html lang>', () => {
    expect(failing(pages, (p) => (attr(p, 'html', 'lang') ? undefined : 'no lang'))).toEqual([]);
  });

  it('has exactly one h1', () => {
    const count = (p: Page) => p.document.querySelectorAll('h1').length;
    expect(failing(pages, (p) => (count(p) === 1 ? undefined : `${count(p)} h1`))).toEqual([]);
  });

  it('has a title and a meta description', () => {
    expect(
      failing(pages, (p) =>
        !p.document.querySelector('head > title')?.textContent?.trim()
          ? 'no <title>'
          : !meta(p, 'description')
            ? 'no meta description'
            : undefined,
      ),
    ).toEqual([]);
  });

  it('has an absolute canonical URL that is its own address, and the same og:url', () => {
    expect(
      failing(addressed, (p) => {
        const canonical = attr(p, 'link[rel="canonical"]', 'href');
        if (canonical !== p.url) return `canonical "${canonical}", expected "${p.url}"`;
        if (meta(p, 'og:url') !== canonical) return `og:url "${meta(p, 'og:url')}"`;
        return undefined;
      }),
    ).toEqual([]);
  });

  it('has Open Graph title, description and type, and a Twitter card', () => {
    const keys = ['og:title', 'og:description', 'og:type', 'twitter:card'];
    expect(
      failing(pages, (p) => {
        const missing = keys.filter((key) => !meta(p, key));
        return missing.length ? `missing ${missing.join(', ')}` : undefined;
      }),
    ).toEqual([]);
  });

  it('has one main landmark, with id main', () => {
    expect(
      failing(pages, (p) => {
        const mains = p.document.querySelectorAll('main');
        return mains.length === 1 && mains[0]?.id === 'main'
          ? undefined
          : `${mains.length} main, id "${mains[0]?.id ?? ''}"`;
      }),
    ).toEqual([]);
  });

  it('links from its content to itself only by its permanent link', () => {
    expect(
      failing(addressed, (p) => {
        const own = new URL(p.url).pathname;
        const selfLinks = [...p.document.querySelectorAll('main a[href]')].filter((a) => {
          const target = new URL(a.getAttribute('href') ?? '', p.url);
          return target.pathname === own && !target.hash && a.getAttribute('rel') !== 'bookmark';
        });
        return selfLinks.length
          ? selfLinks.map((a) => a.outerHTML.slice(0, 100)).join(' ')
          : undefined;
      }),
    ).toEqual([]);
  });

  // An aside of the editors' is named by its whole label, which says whose words it holds
  // (tests/component/editorial-note.test.ts); every other region by its heading.
  it('names each section by its heading, and holds no other heading of that rank', () => {
    expect(
      failing(pages, (p) => {
        const problems = [...p.document.querySelectorAll('section[aria-labelledby]')].flatMap(
          (region) => {
            const id = region.getAttribute('aria-labelledby') ?? '';
            const label = p.document.getElementById(id);
            const name = label?.textContent?.trim() ?? '';
            if (!label || !/^H[1-6]$/.test(label.tagName) || name.length > 60) {
              return [`region named by <${label?.tagName.toLowerCase()}> “${name}”`];
            }
            const rank = label.tagName.startsWith('H') ? Number(label.tagName[1]) : 7;
            const others = [...region.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(
              (h) => h !== label && Number(h.tagName[1]) <= rank,
            );
            return others.map((h) => `region “${name}” also holds “${h.textContent?.trim()}”`);
          },
        );
        return problems.length ? problems.join('; ') : undefined;
      }),
    ).toEqual([]);
  });

  it('starts with a skip link to #main, its first focusable element', () => {
    expect(
      failing(pages, (p) => {
        const first = p.document.body.querySelector(focusable);
        return first?.getAttribute('href') === '#main'
          ? undefined
          : `first focusable is <${first?.tagName.toLowerCase()}> ${first?.outerHTML.slice(0, 80)}`;
      }),
    ).toEqual([]);
  });

  it('loads the site stylesheet, and at most one more of its own kind', () => {
    const sheets = (page: Page) =>
      [...page.document.querySelectorAll('link[rel="stylesheet"]')].map(
        (link) => link.getAttribute('href') ?? '',
      );
    expect(
      failing(pages, (page) => {
        const [first, ...more] = sheets(page);
        if (!first || !/\/_astro\/site\.[^/]+\.css$/.test(first)) return `first sheet ${first}`;
        return more.length > 1 ? `${more.length + 1} sheets` : undefined;
      }),
    ).toEqual([]);
    // A reading page (home, recommendation, topic) never loads the search page's or side by side's.
    const reading = pages.filter((page) =>
      /^((fr\/)?(index\.html|(recommendations|topics)\/[^/]+\/index\.html))$/.test(page.file),
    );
    expect(reading.length).toBeGreaterThan(0);
    expect(
      failing(reading, (page) =>
        sheets(page).find((href) => /\/(search|side-by-side)\.[^/]+\.css$/.test(href)),
      ),
    ).toEqual([]);
  });

  it('links a favicon', () => {
    expect(
      failing(pages, (p) => (attr(p, 'link[rel~="icon"]', 'href') ? undefined : 'no icon')),
    ).toEqual([]);
  });
});

describe('the 404 page', () => {
  const page = pages.find((p) => p.file === notFound);

  it('exists as 404.html, where static hosts look for it', () => {
    expect(page).toBeDefined();
  });

  it('links to the home page', () => {
    const hrefs = [...(page?.document.querySelectorAll('main a[href]') ?? [])].map((a) =>
      a.getAttribute('href'),
    );
    expect(hrefs).toContain(base);
  });

  it('claims no address of its own and asks not to be indexed', () => {
    expect(page?.document.querySelector('link[rel="canonical"]')).toBeNull();
    expect(page && meta(page, 'og:url')).toBe('');
    expect(page && meta(page, 'robots')).toBe('noindex');
  });
});

describe('short links', () => {
  it('exist, and each sends the reader to a page of the build, named in a visible link', () => {
    expect(redirects.length).toBeGreaterThan(0);
    const urls = new Set(pages.map((p) => p.url));
    const problems = failing(redirects, (page) => {
      const content = attr(page, 'meta[http-equiv="refresh"]', 'content');
      const target = new URL(content.replace(/^\d+;\s*url=/i, ''), page.url).href;
      if (!urls.has(target)) return `refreshes to ${target}, which is not a page`;
      if (attr(page, 'link[rel="canonical"]', 'href') !== target)
        return 'canonical is not the target';
      if (!page.document.querySelector(`a[href="${new URL(target).pathname}"]`))
        return 'no visible link';
      return meta(page, 'robots').includes('noindex') ? undefined : 'not noindex';
    });
    expect(problems).toEqual([]);
  });
});

describe('sitemap and robots.txt', () => {
  const text = (file: string) => readFile(`${distDir}/${file}`, 'utf8');
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

  it('robots.txt names the sitemap index at its absolute address', async () => {
    expect(await text('robots.txt')).toContain(`Sitemap: ${root}sitemap-index.xml`);
  });

  it('the sitemap index names sitemaps that exist in the build', async () => {
    const sitemaps = locs(await text('sitemap-index.xml'));
    expect(sitemaps.length).toBeGreaterThan(0);
    const files = sitemaps.map((loc) => loc?.replace(root, '') ?? '');
    for (const file of files) expect(await text(file)).toContain('<urlset');
  });

  it('the sitemaps list every page with an address, and no other', async () => {
    const sitemaps = locs(await text('sitemap-index.xml')).map((loc) => loc?.replace(root, ''));
    const urls = (await Promise.all(sitemaps.map((file) => text(file ?? '')))).flatMap(locs);
    expect(urls.sort()).toEqual(addressed.map((p) => p.url).sort());
  });
});
