/**
 * Page weights: a first visit (empty cache) to the home page and to the heaviest
 * recommendation and topic pages, in real Chromium. For each: the bytes transferred with gzip,
 * split into HTML, CSS, JS and other, the request count, and the JS loaded and executed.
 *
 * Each decoded response body is gzipped here at level 9, as a host serving precompressed files
 * would send it, so the figures do not depend on the local server's compression; a body gzip
 * cannot shrink (an image, a font) counts as is. HTTP headers are left out: they depend on the
 * host, not on the site.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Request } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser.ts';
import { pageUrl, sitePages, type SitePage } from '../support/site-pages.ts';
import type { BenchContext, BenchPart, Figure } from './figures.ts';
import { executedBytes } from './js-coverage.ts';

type Kind = 'html' | 'css' | 'js' | 'other';

const kinds: Record<Kind, string> = { html: 'HTML', css: 'CSS', js: 'JS', other: 'other' };

function kindOf(request: Request): Kind {
  const type = request.resourceType();
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  return 'other';
}

export function gzipBytes(body: Buffer): number {
  return Math.min(body.length, gzipSync(body, { level: 9 }).length);
}

interface Resource {
  url: string;
  kind: Kind;
  /** Body size served with gzip. */
  gzip: number;
  /** Body size uncompressed. */
  raw: number;
}

interface Visit {
  gzip: Record<Kind, number>;
  requests: number;
  /** Uncompressed bytes of the scripts loaded. */
  jsLoaded: number;
  /** Bytes of those scripts that ran during the visit. */
  jsExecuted: number;
  foreignRequests: string[];
}

async function firstVisit(browser: Browser, siteUrl: string, url: string): Promise<Visit> {
  // A new context has an empty cache: this is what a first-time reader downloads.
  const context = await browser.newContext();
  try {
    const { page, problems } = await openPage(context, siteUrl);
    const measured: Promise<Resource>[] = [];
    page.on('requestfinished', (request) => {
      measured.push(
        request.response().then(async (response) => {
          const body = response ? await response.body() : Buffer.alloc(0);
          return {
            url: request.url(),
            kind: kindOf(request),
            gzip: gzipBytes(body),
            raw: body.length,
          };
        }),
      );
    });
    await page.coverage.startJSCoverage({ resetOnNavigation: false });
    await page.goto(url, { waitUntil: 'networkidle' });
    const coverage = await page.coverage.stopJSCoverage();
    const resources = await Promise.all(measured);
    // Headless Chromium fetches the favicon only now and then; a desktop browser always does,
    // so an icon the visit did not request is fetched and counted here.
    const requested = new Set(resources.map((r) => r.url));
    const icons = await page
      .locator('link[rel~="icon"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    for (const icon of icons.filter((href) => !requested.has(href))) {
      const body = await (await context.request.get(icon)).body();
      resources.push({ url: icon, kind: 'other', gzip: gzipBytes(body), raw: body.length });
    }
    const gzip: Record<Kind, number> = { html: 0, css: 0, js: 0, other: 0 };
    for (const resource of resources) gzip[resource.kind] += resource.gzip;
    const origin = new URL(siteUrl).origin;
    const scripts = coverage.filter((entry) => entry.url.startsWith(origin));
    return {
      gzip,
      requests: resources.length,
      jsLoaded: resources.filter((r) => r.kind === 'js').reduce((sum, r) => sum + r.raw, 0),
      jsExecuted: scripts.reduce(
        (sum, entry) => sum + executedBytes(entry.source ?? '', entry.functions),
        0,
      ),
      foreignRequests: problems.foreignRequests,
    };
  } finally {
    await context.close();
  }
}

/** The largest built page among those whose path starts with `prefix` and goes one level deeper. */
async function heaviest(distDir: string, pages: SitePage[], prefix: string): Promise<SitePage> {
  const candidates = pages.filter((p) => p.path.startsWith(prefix) && p.path !== prefix);
  const sized = await Promise.all(
    candidates.map(async (p) => ({
      page: p,
      size: (await stat(join(distDir, p.path, 'index.html'))).size,
    })),
  );
  const top = sized.sort((a, b) => b.size - a.size)[0];
  if (!top) throw new Error(`No page under /${prefix} in ${distDir}`);
  return top.page;
}

function figuresOf(key: string, page: SitePage, visit: Visit): Figure[] {
  const total = Object.values(visit.gzip).reduce((sum, n) => sum + n, 0);
  const first = `${page.name} first visit`;
  return [
    { key: `${key}.bytes.total`, label: `${first}, gzip, total`, value: total, unit: 'B' },
    ...(Object.keys(kinds) as Kind[]).map((kind): Figure => ({
      key: `${key}.bytes.${kind}`,
      label: `${first}, gzip, ${kinds[kind]}`,
      value: visit.gzip[kind],
      unit: 'B',
    })),
    { key: `${key}.requests`, label: `${first}, requests`, value: visit.requests, unit: 'count' },
    {
      key: `${key}.js.loaded`,
      label: `${first}, JS loaded (uncompressed)`,
      value: visit.jsLoaded,
      unit: 'B',
    },
    {
      key: `${key}.js.executed`,
      label: `${first}, JS executed`,
      value: visit.jsExecuted,
      unit: 'B',
    },
    {
      key: `${key}.foreignRequests`,
      label: `${first}, requests to other origins`,
      value: visit.foreignRequests.length,
      unit: 'count',
    },
  ];
}

export const pageWeights: BenchPart = async ({ siteUrl, distDir }: BenchContext) => {
  const pages = sitePages(distDir);
  const measured: [string, SitePage][] = [];
  // Each language's home, side-by-side page, heaviest recommendation and heaviest topic page.
  for (const [prefix, keyPrefix] of [
    ['', ''],
    ['fr/', 'fr.'],
  ] as const) {
    const home = pages.find((p) => p.path === prefix);
    if (!home) throw new Error(`No home page /${prefix} in ${distDir}`);
    const sideBySide = pages.find((p) => p.path === `${prefix}side-by-side/`);
    if (!sideBySide) throw new Error(`No side-by-side page /${prefix}side-by-side/ in ${distDir}`);
    measured.push(
      [`${keyPrefix}home`, home],
      [`${keyPrefix}sideBySide`, sideBySide],
      [`${keyPrefix}recommendation`, await heaviest(distDir, pages, `${prefix}recommendations/`)],
      [`${keyPrefix}topic`, await heaviest(distDir, pages, `${prefix}topics/`)],
    );
  }
  const browser = await launchBrowser();
  try {
    const figures: Figure[] = [];
    for (const [key, page] of measured) {
      const visit = await firstVisit(browser, siteUrl, pageUrl(siteUrl, page.path));
      figures.push(...figuresOf(key, page, visit));
    }
    return figures;
  } finally {
    await browser.close();
  }
};
