import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser';
import { build } from '../support/run';
import { serveStatic, type StaticSite } from '../support/static-server';

const basePath = '/brussels-declaration/';
let workDir: string;
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'search-base-'));
  const outDir = join(workDir, 'dist');
  await build(outDir, { BASE_PATH: basePath, CACHE_DIR: join(workDir, 'cache') });
  site = await serveStatic(outDir, basePath);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('search under a base path', () => {
  it('loads the index, links results and highlights terms under the base path', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openPage(context, site.url);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(new URL('search/?q=utility+blocks', site.url).href);
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('search-page')?.dataset.state === 'done',
    );
    const links = await page
      .locator('[data-search-list] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.startsWith(basePath)).toBe(true);

    await page.locator('.sections a[href*="#r6"]').first().click();
    await page.locator('search-highlight').waitFor({ state: 'visible' });
    expect(await page.locator('#r6 mark.pagefind-highlight').count()).toBeGreaterThan(0);

    const bundle = fetched.filter((path) => path.includes('/pagefind/'));
    expect(bundle.length).toBeGreaterThan(0);
    for (const path of bundle) expect(path.startsWith(`${basePath}pagefind/`)).toBe(true);
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });
});
