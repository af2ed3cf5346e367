import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useSharedBrowser } from '../support/shared-browser';
import { openPage } from '../support/browser';

const siteUrl = inject('siteUrl');
const browser = useSharedBrowser();

const at = (path: string) => new URL(path, siteUrl).href;

async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(`(() => {
    const box = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight;
  })()`);
}

/** Runs a Pagefind query in the page's own language index and returns the result URLs. */
async function pagefindUrls(page: Page, term: string): Promise<string[]> {
  const bundle = at('pagefind/pagefind.js');
  return page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(bundle)});
    await pagefind.init();
    const search = await pagefind.search(${JSON.stringify(term)});
    const data = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
    return data.map((d) => d.url);
  })()`);
}

describe('the French edition', () => {
  it('keeps the reader on the same recommendation anchor when switching to French and back', async () => {
    const context = await browser().newContext();
    const { page, problems } = await openPage(context, siteUrl);
    await page.goto(at('#r3'));
    await page.getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(/\/fr\/#r3$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    // Scrolling to the anchor may be smooth: wait for it to arrive.
    await expect.poll(() => inViewport(page, '#r3'), { timeout: 5000 }).toBe(true);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(
      (url) => url.pathname === new URL(siteUrl).pathname && url.hash === '#r3',
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // Scrolling to the anchor may be smooth: wait for it to arrive.
    await expect.poll(() => inViewport(page, '#r3'), { timeout: 5000 }).toBe(true);
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });

  it('switches a recommendation page to its French twin and back', async () => {
    const context = await browser().newContext();
    const { page } = await openPage(context, siteUrl);
    await page.goto(at('recommendations/r5/'));
    await page.getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(/\/fr\/recommendations\/r5\/$/);
    await expect(page.locator('h1').textContent()).resolves.toContain('Recommandation 5');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/recommendations\/r5\/$/);
    await expect(page.locator('h1').textContent()).resolves.toContain('Recommendation 5');
    await context.close();
  });

  it('links each page to its twin with hreflang alternates and x-default', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(at('fr/topics/counterfeiting/'));
    const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) =>
      links.map((l) => [
        l.getAttribute('hreflang'),
        new URL(l.getAttribute('href') ?? '').pathname,
      ]),
    );
    const base = new URL(siteUrl).pathname;
    expect(alternates).toEqual([
      ['en', `${base}topics/counterfeiting/`],
      ['fr', `${base}fr/topics/counterfeiting/`],
      ['x-default', `${base}topics/counterfeiting/`],
    ]);
    await context.close();
  });

  it('searches French on French pages, accents or not', async () => {
    const context = await browser().newContext();
    const { page, problems } = await openPage(context, siteUrl);
    await page.goto(at('fr/'));
    const expectations: [string, RegExp][] = [
      ['contrefaçon', /\/fr\/topics\/counterfeiting\//],
      ['contrefacon', /\/fr\/topics\/counterfeiting\//],
      ['cybercriminalité', /\/fr\/(topics\/cybercrime|recommendations\/r2)\//],
      ['OEA', /\/fr\/(topics\/authorized-economic-operators|recommendations\/r3)\//],
    ];
    for (const [term, expected] of expectations) {
      const urls = await pagefindUrls(page, term);
      expect(
        urls.some((url) => expected.test(url)),
        `${term}: ${urls.join(', ')}`,
      ).toBe(true);
      expect(
        urls.every((url) => url.includes('/fr/')),
        `${term}: ${urls.join(', ')}`,
      ).toBe(true);
    }
    expect(problems.errors).toEqual([]);
    await context.close();
  });
});
