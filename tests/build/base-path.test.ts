import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser';
import { checkLinks, describeLinkProblem } from '../support/check-links';
import { build } from '../support/run';
import { serveStatic, type StaticSite } from '../support/static-server';

const base = '/brussels-declaration/';
const site = 'https://example.org';
let outDir: string;
let cacheDir: string;
let served: StaticSite;
let browser: Browser;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'declaration-base-'));
  cacheDir = await mkdtemp(join(tmpdir(), 'declaration-base-cache-'));
  await build(outDir, { BASE_PATH: base, SITE_URL: site, CACHE_DIR: cacheDir });
  served = await serveStatic(outDir, base);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await Promise.all([outDir, cacheDir].map((dir) => dir && rm(dir, { recursive: true })));
});

describe('a build under a sub-path', () => {
  it('keeps every link, asset, anchor, canonical URL and sitemap entry under the sub-path', async () => {
    const { problems, checked, pages } = await checkLinks(outDir, { basePath: base, site });
    expect(problems.map(describeLinkProblem)).toEqual([]);
    expect(pages).toBeGreaterThan(1);
    expect(checked).toBeGreaterThan(pages);
  });

  it('points robots.txt at the sitemap under the sub-path', async () => {
    const robots = await readFile(join(outDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${site}${base}sitemap-index.xml`);
  });

  it('writes host files that serve the sub-path from the upload', async () => {
    const headers = await readFile(join(outDir, '_headers'), 'utf8');
    expect(headers).toContain(`${base}_astro/*`);
    await expect(readFile(join(outDir, '_redirects'), 'utf8')).resolves.toBe(
      `${base}*  /:splat  200\n`,
    );
  });

  it('finds a topic with the Pagefind bundle loaded from the sub-path', async () => {
    expect(existsSync(join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    const context = await browser.newContext();
    const { page, problems } = await openPage(context, served.url);
    await page.goto(served.url);
    // Passed as a string: Vitest would rewrite an import() inside a function body.
    const urls = (await page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
      await pagefind.options({ baseUrl: ${JSON.stringify(base)} });
      await pagefind.init();
      const search = await pagefind.search('cybercrime');
      const data = await Promise.all(search.results.map((result) => result.data()));
      return data.map((item) => item.url);
    })()`)) as string[];
    expect(urls).toContain(`${base}topics/cybercrime/`);
    for (const url of urls) expect(url.startsWith(base)).toBe(true);
    const response = await page.goto(new URL(`${base}topics/cybercrime/`, served.url).href);
    expect(response?.status()).toBe(200);
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });
});
