import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('permanent links', () => {
  it('a recommendation page opens on its number and words', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openPage(context, siteUrl);
    const response = await page.goto(new URL('recommendations/r3/', siteUrl).href);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toContain('Recommendation 3');
    await expect(page.locator('q.words').textContent()).resolves.toBe(
      'to provide more training in the field of AEO',
    );
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });
});
