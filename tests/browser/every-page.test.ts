/**
 * Every page of the build, found in `dist/`, checked in Chromium: loading, reflow, print, axe,
 * the Content-Security-Policy and reading without JavaScript. One sweep visits each page once
 * with JavaScript and once without (tests/support/page-sweep.ts); each test asserts on what it
 * recorded, one test per page and check, so a failure names its page.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/security-headers';
import { useSharedBrowser } from '../support/shared-browser';
import { recordOf, sweepSite, type SweepRecords } from '../support/page-sweep';
import { redirectPages, sitePages } from '../support/site-pages';

const distDir = inject('distDir');
const pages = sitePages(distDir);
const redirects = redirectPages(distDir);
/** Every HTML file of the build: the pages and the short links that lead to them. */
const htmlPaths = [...pages, ...redirects].map((page) => page.path).sort();
const browser = useSharedBrowser();
let records: SweepRecords;

beforeAll(async () => {
  // Served with the headers of the generated `_headers` file, as Netlify or Cloudflare Pages
  // would: the header policy and the <meta> policy then both apply, as they do there.
  records = await sweepSite(browser(), { siteUrl: inject('siteWithHeadersUrl'), pages, redirects });
}, 600_000);

const page = (path: string) => recordOf(records.pages, path);

describe('every page', () => {
  it.each(pages)('$name loads only from its own origin and logs no error', ({ path }) => {
    expect(page(path).atLoad).toEqual({ errors: [], foreignRequests: [] });
  });

  it.each(pages)('$name fits a 320 px wide screen without sideways scrolling', ({ path }) => {
    expect(page(path).narrowScrollWidth).toBeLessThanOrEqual(320);
  });

  it.each(pages)('$name keeps its header within 120 px of a 375 px phone screen', ({ path }) => {
    const { headerHeight } = page(path).phone;
    expect(headerHeight).toBeGreaterThan(0);
    expect(headerHeight).toBeLessThanOrEqual(120);
  });

  it.each(pages)('$name prints with its address and without navigation or search', ({ path }) => {
    const { print } = page(path);
    expect(print.addressVisible).toBe(true);
    expect(print.addressText).toContain(print.expected);
    for (const [selector, shown] of Object.entries(print.shown)) {
      expect(shown, selector).toBe(0);
    }
  });
});

describe('accessibility', () => {
  it.each(pages)(
    'axe finds no violation on $name, in the light colour scheme or the dark one',
    ({ path }) => {
      const record = page(path);
      expect(record.darkEmulated).toBe(true);
      expect(record.axe).toEqual({ light: [], dark: [] });
    },
  );
});

describe('reading without JavaScript', () => {
  it.each(pages)('$name shows its heading, main content and links', ({ path }) => {
    const { noScript } = page(path);
    expect(noScript.h1Count).toBe(1);
    expect(noScript.h1Visible).toBe(true);
    expect(noScript.mainText.length).toBeGreaterThan(noScript.heading.length);
    // Every link is a real address a browser can follow, none a script hook.
    expect(noScript.hrefs.length).toBeGreaterThan(0);
    for (const href of noScript.hrefs) expect(href).toMatch(/^(https?:\/\/|\/|#[\w-]+$)/);
    expect(noScript.problems).toEqual({ errors: [], foreignRequests: [] });
  });
});

describe('content security policy', () => {
  it.each(htmlPaths)(
    'page /%s shows no CSP violation or console error, also when its controls are used',
    (path) => {
      const csp = records.redirects.has(path) ? recordOf(records.redirects, path) : page(path).csp;
      expect(csp.header).toContain("script-src 'self'");
      expect(csp.meta).toBe(contentSecurityPolicy('meta'));
      const { violations, errors, foreignRequests } = csp;
      expect({ violations, errors, foreignRequests }).toEqual({
        violations: [],
        errors: [],
        foreignRequests: [],
      });
    },
  );
});

/** The home page of each language, and the pages of the recommendations. */
const homePages = pages.filter(({ path }) => /^([a-z]{2}\/)?$/.test(path));
const recommendationPages = pages.filter(({ path }) => /(^|\/)recommendations\/r\d+\/$/.test(path));

describe('on a 375 x 667 phone', () => {
  it('has home pages and recommendation pages to check', () => {
    expect(homePages.length).toBeGreaterThan(1);
    expect(recommendationPages.length).toBeGreaterThan(1);
  });

  it.each(homePages)(
    '$name, the report with its apparatus, is at most 3,000 px tall',
    ({ path }) => {
      expect(page(path).phone.pageHeight).toBeLessThanOrEqual(3000);
    },
  );

  it.each(recommendationPages)(
    '$name shows the recommendation’s words on the first screen',
    ({ path }) => {
      const { quote } = page(path).phone;
      expect(quote).not.toBeNull();
      // At least the first line of the words is in view without scrolling.
      expect((quote?.top ?? Infinity) + (quote?.lineHeight ?? 0)).toBeLessThanOrEqual(667);
    },
  );
});
