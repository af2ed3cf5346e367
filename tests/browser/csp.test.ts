import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/security-headers';
import { launchBrowser, openPage, type PageProblems } from '../support/browser';
import { headersFor, parseHeadersFile } from '../support/headers-file';
import { serveStatic, type StaticSite } from '../support/static-server';

const distDir = inject('distDir');

/** Every HTML page of the build, as a path relative to the site root (`recommendations/r3/`). */
const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) =>
    file
      .split(sep)
      .join('/')
      .replace(/index\.html$/, ''),
  )
  .sort();

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

let site: StaticSite;
let browser: Browser;
// One tab visits every page in turn (a new tab per page costs seconds on a busy machine);
// each page starts with an empty record, since the init script runs on every navigation.
let page: Page;
let problems: PageProblems;
let inFlight = 0;

beforeAll(async () => {
  // Served with the headers of the generated `_headers` file, as Netlify or Cloudflare Pages
  // would: the header policy and the <meta> policy then both apply, as they do there.
  const rules = parseHeadersFile(await readFile(join(distDir, '_headers'), 'utf8'));
  site = await serveStatic(distDir, '/', { headers: (pathname) => headersFor(rules, pathname) });
  browser = await launchBrowser();
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(site.url).origin,
  });
  await context.addInitScript(recordViolations);
  ({ page, problems } = await openPage(context, site.url));
  page.on('request', () => inFlight++);
  page.on('requestfinished', () => inFlight--);
  page.on('requestfailed', () => inFlight--);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Waits until the page has made no request for a moment (search loads its index lazily). */
async function settle() {
  for (let quiet = 0; quiet < 3; quiet = inFlight === 0 ? quiet + 1 : 0) {
    await page.waitForTimeout(150);
  }
}

/** Uses whatever controls the page has: the search field, cite panels, copy-link buttons. */
async function useControls() {
  for (const field of await page.locator('input[type="search"]').all()) {
    await field.focus();
    await field.pressSequentially('cybercrime');
  }
  for (const summary of await page.locator('details > summary').all()) {
    await summary.click();
  }
  for (const button of await page.locator('copy-link button').all()) {
    await button.click();
  }
  await settle();
}

describe('content security policy', () => {
  it.each(pages)(
    'page /%s shows no CSP violation or console error, also when its controls are used',
    async (path) => {
      problems.errors.length = 0;
      problems.foreignRequests.length = 0;
      // A search page (one per language) is visited with a query, as the header form submits it.
      const query = /(^|\/)search\/$/.test(path) ? '?q=cybercrime' : '';
      const response = await page.goto(new URL(path + query, site.url).href);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await expect(
        page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
      ).resolves.toBe(contentSecurityPolicy('meta'));
      await useControls();

      const violations = (await page.evaluate('window.__cspViolations')) as string[];
      expect({ violations, ...problems }).toEqual({
        violations: [],
        errors: [],
        foreignRequests: [],
      });
    },
  );

  it('blocks and reports a script or an event handler injected into a page', async () => {
    const context = await browser.newContext();
    await context.addInitScript(recordViolations);
    const tab = await context.newPage();
    await tab.goto(site.url);
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
