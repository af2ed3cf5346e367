import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useSharedBrowser } from '../support/shared-browser';
import { openPage } from '../support/browser';

/** The run's one sub-path build (tests/support/global-setup.ts), served under its base path. */
const { distDir: outDir, url: siteUrl, basePath } = inject('subPathSite');
const browser = useSharedBrowser();

describe('search under a base path', () => {
  it('loads the index, links results and highlights terms under the base path', async () => {
    const context = await browser().newContext();
    const { page, problems } = await openPage(context, siteUrl);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(new URL('search/?q=utility+blocks', siteUrl).href);
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

// Moved from tests/build/base-path.test.ts, which no longer starts a browser of its own.
describe('a build under a sub-path', () => {
  it('finds a topic with the Pagefind bundle loaded from the sub-path', async () => {
    expect(existsSync(join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    const context = await browser().newContext();
    const { page, problems } = await openPage(context, siteUrl);
    await page.goto(siteUrl);
    // Passed as a string: Vitest would rewrite an import() inside a function body.
    const urls = (await page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(`${basePath}pagefind/pagefind.js`)});
      await pagefind.options({ baseUrl: ${JSON.stringify(basePath)} });
      await pagefind.init();
      const search = await pagefind.search('cybercrime');
      const data = await Promise.all(search.results.map((result) => result.data()));
      return data.map((item) => item.url);
    })()`)) as string[];
    expect(urls).toContain(`${basePath}topics/cybercrime/`);
    for (const url of urls) expect(url.startsWith(basePath)).toBe(true);
    const response = await page.goto(new URL(`${basePath}topics/cybercrime/`, siteUrl).href);
    expect(response?.status()).toBe(200);
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });
});
