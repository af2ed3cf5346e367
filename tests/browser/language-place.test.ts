/**
 * The language switch keeps the reader's place. With an anchor in the address it carries the
 * anchor (tests/browser/french-edition.test.ts); without one, it carries the recommendation,
 * paragraph or section in view, both ways; at the top of a page it adds nothing; and without
 * JavaScript the plain link still leads to the same page in the other language.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useSharedBrowser } from '../support/shared-browser';
import { withPage } from '../support/browser-case';
import { pageUrl } from '../support/site-pages';

const siteUrl = inject('siteUrl');
const base = new URL(siteUrl).pathname;
const browser = useSharedBrowser();

/**
 * Scrolls `selector` to the top of the screen, as a reader would, leaving the address alone.
 * Clicking the switch then scrolls back up to it, as the reader must.
 */
async function scrollTo(page: Page, selector: string, noted = /^#/) {
  await page.evaluate(
    `document.querySelector(${JSON.stringify(selector)}).scrollIntoView({ block: 'start', behavior: 'instant' })`,
  );
  await expect.poll(() => page.evaluate('scrollY')).toBeGreaterThan(0);
  expect(new URL(page.url()).hash).toBe('');
  // The switch notes the place once scrolling has stopped.
  await expect
    .poll(() => page.locator('language-switch').getAttribute('data-place'), { timeout: 5000 })
    .toMatch(noted);
}

function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(`(() => {
    const box = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight;
  })()`);
}

const switches = [
  { from: '', to: 'fr/', link: 'Français', lang: 'fr' },
  { from: 'fr/', to: '', link: 'English', lang: 'en' },
] as const;
const wide = { width: 1280, height: 800 };
const phone = { width: 375, height: 667 };
const screens = [wide, phone];

describe('switching language keeps the place in view', () => {
  describe.each(screens)('on a $width px screen', (viewport) => {
    it.each(switches)(
      'from /$from, scrolled to recommendation 3 without an anchor, lands on it in /$to',
      async ({ from, to, link, lang }) => {
        await withPage(browser(), siteUrl, { viewport }, async ({ page, problems }) => {
          await page.goto(pageUrl(siteUrl, from));
          await scrollTo(page, '#r3');
          await page.getByRole('link', { name: link, exact: true }).click();
          await page.waitForURL((url) => url.pathname === `${base}${to}` && url.hash !== '');
          expect(await page.locator('html').getAttribute('lang')).toBe(lang);
          // The place carried is recommendation 3 or one that starts on its line.
          expect(new URL(page.url()).hash).toMatch(/^#r[234]$/);
          await expect.poll(() => inViewport(page, '#r3'), { timeout: 5000 }).toBe(true);
          expect(problems).toEqual({ errors: [], foreignRequests: [] });
        });
      },
    );

    it.each(switches)(
      'from /$from, scrolled to the last paragraph, lands on it in /$to',
      async ({ from, to, link }) => {
        await withPage(browser(), siteUrl, { viewport }, async ({ page }) => {
          await page.goto(pageUrl(siteUrl, from));
          const last = await page.evaluate(
            `[...document.querySelectorAll('main p[id^="p"]')].at(-1).id`,
          );
          await scrollTo(page, `#${String(last)}`);
          await page.getByRole('link', { name: link, exact: true }).click();
          await page.waitForURL((url) => url.pathname === `${base}${to}` && url.hash !== '');
          await expect
            .poll(() => inViewport(page, `#${String(last)}`), { timeout: 5000 })
            .toBe(true);
        });
      },
    );
  });

  it('keeps the place on a recommendation page and on the side-by-side page too', async () => {
    await withPage(browser(), siteUrl, { viewport: phone }, async ({ page }) => {
      await page.goto(pageUrl(siteUrl, 'side-by-side/'));
      await scrollTo(page, '#p4');
      await page.getByRole('link', { name: 'Français', exact: true }).click();
      await page.waitForURL((url) => url.pathname === `${base}fr/side-by-side/`);
      expect(new URL(page.url()).hash).toBe('#p4');
      await page.goto(pageUrl(siteUrl, 'topics/cybercrime/'));
      await scrollTo(page, '#recommendations');
      await page.getByRole('link', { name: 'Français', exact: true }).click();
      await page.waitForURL((url) => url.pathname === `${base}fr/topics/cybercrime/`);
      expect(new URL(page.url()).hash).toBe('#recommendations');
    });
  });

  it('adds no anchor when the reader is at the top of the page', async () => {
    await withPage(browser(), siteUrl, { viewport: wide }, async ({ page }) => {
      await page.goto(pageUrl(siteUrl, ''));
      await page.getByRole('link', { name: 'Français', exact: true }).click();
      await page.waitForURL((url) => url.pathname === `${base}fr/`);
      expect(new URL(page.url()).hash).toBe('');
    });
  });

  it('leaves the anchors of headings written in the content, which differ by language, behind', async () => {
    await withPage(browser(), siteUrl, { viewport: phone }, async ({ page }) => {
      await page.goto(pageUrl(siteUrl, 'about/'));
      const heading = await page.evaluate(`document.querySelector('[data-content] h2[id]').id`);
      await scrollTo(page, `#${String(heading)}`, /^(#.*)?$/);
      await page.getByRole('link', { name: 'Français', exact: true }).click();
      await page.waitForURL((url) => url.pathname === `${base}fr/about/`);
      expect(new URL(page.url()).hash).not.toBe(`#${String(heading)}`);
    });
  });

  it('without JavaScript, the plain link leads to the same page in the other language', async () => {
    await withPage(
      browser(),
      siteUrl,
      { viewport: wide, javaScriptEnabled: false },
      async ({ page }) => {
        await page.goto(pageUrl(siteUrl, 'recommendations/r3/'));
        await page.getByRole('link', { name: 'Français', exact: true }).click();
        await page.waitForURL((url) => url.pathname === `${base}fr/recommendations/r3/`);
        expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      },
    );
  });
});
