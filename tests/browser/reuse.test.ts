import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  // A Chromium of its own: the clipboard is one per browser, shared by all its contexts, and
  // the page sweep and other files click copy buttons in the shared one at the same time.
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A context that may use the clipboard, with motion reduced so scrolling ends at once. */
async function clipboardContext(): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 800, height: 500 },
    reducedMotion: 'reduce',
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(siteUrl).origin,
  });
  return context;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** The built pages carry absolute URLs for the configured site; the test serves them elsewhere. */
async function servedUrl(page: Page, url: string): Promise<string> {
  await page.goto(siteUrl);
  const home = await page.locator('link[rel="canonical"]').getAttribute('href');
  return url.replace(home ?? '', siteUrl);
}

/** Selects `text` inside the recommendation words of the element matching `scope`. */
async function selectWords(page: Page, scope: string, text: string) {
  await page.evaluate(
    ({ scope, text }) => {
      const words = document.querySelector(`${scope} mark`)!;
      const node = words.firstChild!;
      const start = node.textContent!.indexOf(text);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + text.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    { scope, text },
  );
}

/** Where an element is in the viewport, and whether all of it is visible. */
function placeOf(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const box = document.querySelector(selector)!.getBoundingClientRect();
    return { top: box.top, visible: box.top >= 0 && box.bottom <= window.innerHeight };
  }, selector);
}

describe('copy link', () => {
  it('copies the permanent URL by keyboard and says so on screen and to screen readers', async () => {
    const context = await clipboardContext();
    const { page, problems } = await openPage(context, siteUrl);
    await page.goto(new URL('recommendations/r3/', siteUrl).href);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await page.locator('main copy-link.copy-link a[rel="bookmark"]').focus();
    await page.keyboard.press('Tab');
    const focused = page.locator('main copy-link.copy-link button:focus');
    await expect(focused.textContent()).resolves.toBe('Copy link');
    await page.keyboard.press('Enter');
    const status = page.locator('main copy-link.copy-link [role="status"]');
    await status.getByText('Link copied').waitFor();
    await expect(status.isVisible()).resolves.toBe(true);
    await expect(clipboard(page)).resolves.toBe(canonical);
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });

  it('copies the permanent URL from a recommendation’s page', async () => {
    const context = await clipboardContext();
    const { page } = await openPage(context, siteUrl);
    await page.goto(new URL('recommendations/r3/', siteUrl).href);
    await page.locator('main copy-link').getByRole('button', { name: 'Copy link' }).click();
    await page.locator('main copy-link [role="status"]').getByText('Link copied').waitFor();
    await expect(clipboard(page)).resolves.toBe(
      await page.locator('main copy-link a[rel="bookmark"]').getAttribute('href'),
    );
    await expect(clipboard(page)).resolves.toMatch(/\/recommendations\/r3\/$/);
    await context.close();
  });

  it('is a plain permanent link without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context, siteUrl);
    await page.goto(new URL('recommendations/r3/', siteUrl).href);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await expect(page.locator('main copy-link a').getAttribute('href')).resolves.toBe(canonical);
    await expect(page.locator('main copy-link button').count()).resolves.toBe(0);
    await context.close();
  });
});

describe('link to a quote', () => {
  it('offers a text-fragment link for words selected in the full text, loaded only then', async () => {
    const context = await clipboardContext();
    const { page, problems } = await openPage(context, siteUrl);
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(request.url()));
    await page.goto(siteUrl);
    expect(scripts.some((url) => url.includes('quote-link-ui'))).toBe(false);
    await selectWords(page, '#r3', 'more training in the field');
    const button = page.getByRole('button', { name: 'Copy link to this quote' });
    await button.click();
    await page
      .locator('quote-link [role="status"]')
      .getByText('Link to the quote copied')
      .waitFor();
    expect(scripts.some((url) => url.includes('quote-link-ui'))).toBe(true);
    const link = await clipboard(page);
    const home = await page.locator('link[rel="canonical"]').getAttribute('href');
    // The recommendation's anchor first, for browsers without text fragments; then the words.
    expect(link).toBe(
      `${home}#r3:~:text=cybercrime%2C%20to%20provide-,more%20training%20in%20the%20field,-of%20AEO%2C%20and`,
    );
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });

  it('leads Chromium to the quoted words in the text, not to the same words in the index below', async () => {
    const context = await clipboardContext();
    const { page } = await openPage(context, siteUrl);
    await page.goto(siteUrl);
    await selectWords(page, '#r3', 'more training in the field');
    await page.getByRole('button', { name: 'Copy link to this quote' }).click();
    const link = await servedUrl(page, await clipboard(page));
    // Without the #r3 anchor only the text directive can bring the reader there.
    for (const url of [link, link.replace('#r3:~:', '#:~:')]) {
      await page.goto('about:blank');
      await page.goto(url);
      await expect(placeOf(page, '#r3 mark')).resolves.toMatchObject({ visible: true });
      await expect(placeOf(page, '.recommendation-table')).resolves.toMatchObject({
        visible: false,
      });
    }
    await context.close();
  });

  it('links a long selection on a permanent page by its first and last words', async () => {
    const context = await clipboardContext();
    const { page } = await openPage(context, siteUrl);
    await page.goto(new URL('recommendations/r6/', siteUrl).href);
    const words = (await page.locator('blockquote mark').textContent()) ?? '';
    await selectWords(page, 'main', words);
    await page.getByRole('button', { name: 'Copy link to this quote' }).click();
    const link = await clipboard(page);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(link).toBe(
      `${canonical}#:~:text=and%20that%20they-,participate%20in%20WCO%20projects,the%20combating%20of%20fraud,-.`,
    );
    await page.setViewportSize({ width: 800, height: 300 });
    await page.goto('about:blank');
    await page.goto(await servedUrl(page, link));
    await expect(page.evaluate(() => window.scrollY)).resolves.toBeGreaterThan(0);
    await expect(placeOf(page, 'blockquote mark')).resolves.toMatchObject({ visible: true });
    await context.close();
  });
});

describe('short links', () => {
  it('take the reader from /r/3 and /r/3/ to the permanent page of recommendation 3', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openPage(context, siteUrl);
    for (const path of ['r/3', 'r/3/']) {
      await page.goto(new URL(path, siteUrl).href);
      await page.waitForURL(/\/recommendations\/r3\/$/);
      await expect(page.locator('h1').textContent()).resolves.toContain('Recommendation 3');
    }
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });
});
