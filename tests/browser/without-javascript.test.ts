import { describe, expect, inject, it } from 'vitest';
import { useSharedBrowser } from '../support/shared-browser';
import { translate } from '../../src/i18n/ui';
import { loadEdition } from '../../src/lib/edition';
import { homePath, recommendationPath, topicPath } from '../../src/lib/urls';
import { withPage } from '../support/browser-case';
import { pageUrl } from '../support/site-pages';

// That every page reads without JavaScript is checked per page by the sweep in every-page.test.ts.
const siteUrl = inject('siteUrl');
const { recommendations, topics } = await loadEdition('en');
const noScript = { javaScriptEnabled: false };
const browser = useSharedBrowser();

describe('reading without JavaScript', () => {
  it('the links lead from the home page to a topic, a recommendation and back', async () => {
    const topic = topics.find((t) => t.recommendations.length) ?? topics[0];
    const r = topic?.recommendations[0] ?? recommendations[0];
    if (!topic || !r) throw new Error('the edition has no topic or recommendation');
    await withPage(browser(), siteUrl, noScript, async ({ page }) => {
      await page.goto(pageUrl(siteUrl, homePath('en', '/')));
      await page.locator('main a', { hasText: topic.sourceWording }).first().click();
      await page.waitForURL(pageUrl(siteUrl, topicPath('en', topic.id, '/')));
      await page
        .locator(`main a[href$="${recommendationPath('en', r.id, '/')}"]`)
        .first()
        .click();
      await page.waitForURL(pageUrl(siteUrl, recommendationPath('en', r.id, '/')));
      await expect(page.locator('main blockquote mark').textContent()).resolves.toBe(r.words);
      // The site name in the header leads home.
      await page
        .getByRole('banner')
        .getByRole('link', { name: translate('en', 'site.name'), exact: true })
        .click();
      await page.waitForURL(pageUrl(siteUrl, homePath('en', '/')));
    });
  });

  it('the copy-link control is a plain permanent link', async () => {
    const r = recommendations[0];
    if (!r) throw new Error('the edition has no recommendation');
    await withPage(browser(), siteUrl, noScript, async ({ page }) => {
      await page.goto(recommendationUrl(r.id));
      const control = page.locator('main copy-link');
      await expect(control.locator('button').count()).resolves.toBe(0);
      const link = control.getByRole('link', {
        name: translate('en', 'recommendation.permalink', { number: r.number }),
      });
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      await expect(link.getAttribute('href')).resolves.toBe(canonical);
    });
  });
});

function recommendationUrl(id: string) {
  return pageUrl(siteUrl, recommendationPath('en', id, '/'));
}
