import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useSharedBrowser } from '../support/shared-browser';
import { translate } from '../../src/i18n/ui';
import { loadEdition } from '../../src/lib/edition';
import { homePath, recommendationPath, topicPath } from '../../src/lib/urls';
import { withPage } from '../support/browser-case';
import { pageUrl } from '../support/site-pages';

const siteUrl = inject('siteUrl');
// Expected words and titles come from the content, through the same edition the pages use.
const { recommendations, topics } = await loadEdition('en');
/** How long scrolling to an anchor may take on a busy machine (smooth scrolling included). */
const settle = { timeout: 5_000 };
const browser = useSharedBrowser();

/** Paths are built for the site root; `pageUrl` puts them under the served base path. */
const recommendationUrl = (id: string) => pageUrl(siteUrl, recommendationPath('en', id, '/'));

/** The top and bottom of an element relative to the viewport, once any scrolling has settled. */
function viewportBox(page: Page, id: string) {
  return page.evaluate(`(() => {
    const box = document.getElementById(${JSON.stringify(id)}).getBoundingClientRect();
    return { top: box.top, bottom: box.bottom, height: innerHeight };
  })()`) as Promise<{ top: number; bottom: number; height: number }>;
}

describe('permanent links', () => {
  it.each(recommendations)(
    'the permalink of recommendation $number opens on its number and words',
    async (r) => {
      await withPage(browser(), siteUrl, {}, async ({ page, problems }) => {
        const response = await page.goto(recommendationUrl(r.id));
        expect(response?.status()).toBe(200);
        const heading = await page.locator('h1').textContent();
        expect(heading).toContain(translate('en', 'recommendation.label', { number: r.number }));
        expect(heading).toContain(r.title);
        await expect(page.locator('main blockquote mark').textContent()).resolves.toBe(r.words);
        expect(problems).toEqual({ errors: [], foreignRequests: [] });
      });
    },
  );

  it.each(topics)('the page of topic $number opens on its title', async (topic) => {
    await withPage(browser(), siteUrl, {}, async ({ page, problems }) => {
      const response = await page.goto(pageUrl(siteUrl, topicPath('en', topic.id, '/')));
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1').textContent()).resolves.toContain(topic.name);
      expect(problems).toEqual({ errors: [], foreignRequests: [] });
    });
  });

  it.each(recommendations)(
    'the anchor #$id lands on recommendation $number in the full text',
    async (r) => {
      await withPage(browser(), siteUrl, {}, async ({ page }) => {
        await page.goto(`${pageUrl(siteUrl, homePath('en', '/'))}#${r.id}`);
        await expect
          .poll(async () => {
            const box = await viewportBox(page, r.id);
            return box.top >= 0 && box.top < box.height;
          }, settle)
          .toBe(true);
        await expect(page.evaluate('document.querySelector(":target")?.id')).resolves.toBe(r.id);
        await expect(page.locator(`#${r.id} mark`).textContent()).resolves.toBe(r.words);
      });
    },
  );

  it('previous and next links walk the recommendations in order, and back', async () => {
    await withPage(browser(), siteUrl, {}, async ({ page }) => {
      const ids = recommendations.map((r) => r.id);
      await page.goto(recommendationUrl(ids[0] as string));
      await expect(page.locator('a[rel="prev"]').count()).resolves.toBe(0);
      for (const id of ids.slice(1)) {
        await page.locator('a[rel="next"]').click();
        await page.waitForURL(recommendationUrl(id));
      }
      await expect(page.locator('a[rel="next"]').count()).resolves.toBe(0);
      for (const id of ids.slice(0, -1).reverse()) {
        await page.locator('a[rel="prev"]').click();
        await page.waitForURL(recommendationUrl(id));
      }
    });
  });
});
