import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { withPage } from '../support/browser-case';
import { pageUrl, sitePages } from '../support/site-pages';

const siteUrl = inject('siteUrl');
const pages = sitePages(inject('distDir'));
/** The narrowest screen the site supports (WCAG 1.4.10 Reflow). */
const narrow = { viewport: { width: 320, height: 640 } };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('every page', () => {
  it.each(pages)('$name loads only from its own origin and logs no error', async ({ path }) => {
    await withPage(browser, siteUrl, {}, async ({ page, problems }) => {
      await page.goto(pageUrl(siteUrl, path), { waitUntil: 'load' });
      expect(problems).toEqual({ errors: [], foreignRequests: [] });
    });
  });

  it.each(pages)('$name fits a 320 px wide screen without sideways scrolling', async ({ path }) => {
    await withPage(browser, siteUrl, narrow, async ({ page }) => {
      await page.goto(pageUrl(siteUrl, path));
      const width = await page.evaluate('document.scrollingElement.scrollWidth');
      expect(width).toBeLessThanOrEqual(320);
    });
  });

  it.each(pages)(
    '$name prints with its address and without navigation or search',
    async ({ path }) => {
      await withPage(browser, siteUrl, {}, async ({ page }) => {
        await page.goto(pageUrl(siteUrl, path));
        await page.emulateMedia({ media: 'print' });
        // A 404 page has no canonical address: it prints the path of its own file.
        const expected = await page.evaluate(
          `document.querySelector('link[rel="canonical"]')?.href ?? location.pathname`,
        );
        // The address is printed once: at the end of the page's citation where the page cites
        // itself (home, recommendations), else in the footer's printed line.
        const printed = await page
          .locator('footer .print-only, .cite-this .reference')
          .evaluateAll((elements) =>
            elements
              .filter((element) => element.checkVisibility())
              .map((element) => element.textContent ?? ''),
          );
        expect(printed.join(' ')).toContain(expected);
        for (const selector of ['nav', 'form[role="search"]', 'copy-link button']) {
          const shown = await page
            .locator(selector)
            .evaluateAll(
              (elements) => elements.filter((element) => element.checkVisibility()).length,
            );
          expect(shown, selector).toBe(0);
        }
      });
    },
  );
});
