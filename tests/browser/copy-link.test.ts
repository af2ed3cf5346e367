import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { translate } from '../../src/i18n/ui';
import { loadEdition } from '../../src/lib/edition';
import { recommendationPath } from '../../src/lib/urls';
import { launchBrowser } from '../support/browser';
import { withPage } from '../support/browser-case';
import { pageUrl } from '../support/site-pages';

const siteUrl = inject('siteUrl');
const { recommendations } = await loadEdition('en');
const copyLabel = translate('en', 'recommendation.copyLink');
const copiedLabel = translate('en', 'recommendation.linkCopied');
/** How long an announcement may take on a busy machine. */
const settle = { timeout: 5_000 };
let browser: Browser;

beforeAll(async () => {
  // A Chromium of its own: the clipboard is one per browser, shared by all its contexts, and
  // the page sweep and other files click copy buttons in the shared one at the same time.
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Clipboard access for the site's origin only. */
const allowClipboard = (context: BrowserContext) =>
  context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(siteUrl).origin,
  });

// Passed as a string: Vitest rewrites code inside functions handed to `page.evaluate`.
const readClipboard = (page: Page) => page.evaluate('navigator.clipboard.readText()');

describe('copy link', () => {
  it('the Copy button copies the absolute permalink and announces it', async () => {
    const r = recommendations[2] ?? recommendations[0];
    if (!r) throw new Error('the edition has no recommendation');
    await withPage(browser, siteUrl, {}, async ({ context, page, problems }) => {
      await allowClipboard(context);
      await page.goto(pageUrl(siteUrl, recommendationPath('en', r.id, '/')));
      const control = page.locator('main copy-link');
      await control.getByRole('button', { name: copyLabel }).click();
      await expect.poll(() => control.getByRole('status').textContent(), settle).toBe(copiedLabel);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical).toMatch(new RegExp(`^https?://[^/]+/.*recommendations/${r.id}/$`));
      await expect(readClipboard(page)).resolves.toBe(canonical);
      expect(problems).toEqual({ errors: [], foreignRequests: [] });
    });
  });

  it('a recommendation’s Copy button works from the keyboard: Tab to it, then Enter', async () => {
    const r = recommendations[1] ?? recommendations[0];
    if (!r) throw new Error('the edition has no recommendation');
    await withPage(browser, siteUrl, {}, async ({ context, page, problems }) => {
      await allowClipboard(context);
      await page.goto(pageUrl(siteUrl, recommendationPath('en', r.id, '/')));
      const control = page.locator('main copy-link');
      const button = control.getByRole('button', { name: copyLabel });
      // Tab from the top of the page until the button of this recommendation has the focus.
      let focused = false;
      for (let presses = 0; presses < 200 && !focused; presses++) {
        await page.keyboard.press('Tab');
        focused = await button.evaluate((element) => element === document.activeElement);
      }
      expect(focused).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => control.getByRole('status').textContent(), settle).toBe(copiedLabel);
      const permalink = await control.getByRole('link').getAttribute('href');
      expect(permalink).toMatch(new RegExp(`^https?://[^/]+/.*recommendations/${r.id}/$`));
      await expect(readClipboard(page)).resolves.toBe(permalink);
      expect(problems).toEqual({ errors: [], foreignRequests: [] });
    });
  });
});
