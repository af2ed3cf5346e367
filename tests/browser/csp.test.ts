/**
 * The Content-Security-Policy holds against injected code. That every page, as served with its
 * `_headers`, shows no violation while its controls are used is checked per page by the sweep
 * in every-page.test.ts.
 */
import { describe, expect, inject, it } from 'vitest';
import { useSharedBrowser } from '../support/shared-browser';

/** `dist/` served with the headers of its `_headers` file, as Netlify or Cloudflare Pages would. */
const siteUrl = inject('siteWithHeadersUrl');

// Records violations from the first moment of each page. A string: Vitest rewrites functions.
const recordViolations = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(
      event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline code') +
        ' (' + event.sourceFile + ':' + event.lineNumber + ')',
    );
  });
`;

const browser = useSharedBrowser();

describe('content security policy', () => {
  it('blocks and reports a script or an event handler injected into a page', async () => {
    const context = await browser().newContext();
    await context.addInitScript(recordViolations);
    const tab = await context.newPage();
    await tab.goto(siteUrl);
    await tab.evaluate(`{
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      document.body.insertAdjacentHTML(
        'beforeend',
        '<img alt="" src="no-such-image.png" onerror="window.__handler = true">',
      );
    }`);
    await tab.locator('img[src="no-such-image.png"]').waitFor({ state: 'attached' });
    await expect
      .poll(async () => ((await tab.evaluate('window.__cspViolations')) as string[]).length)
      .toBeGreaterThanOrEqual(2);
    await expect(tab.evaluate('[window.__injected, window.__handler]')).resolves.toEqual([
      undefined,
      undefined,
    ]);
    await context.close();
  });
});
