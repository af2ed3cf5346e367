/**
 * One sweep of the built site in Chromium: each page is loaded once with JavaScript (at 320 px,
 * then at 1280 px for print, axe and its controls) and once without, and everything the
 * page-wide tests check is recorded. tests/browser/every-page.test.ts then asserts on the
 * records, one test per page and check, so the sweep's cost is paid once, not once per check.
 *
 * Every wait is on a state (the page loaded, a search shown, a copy announced, every requested
 * file arrived), never on a timer.
 */
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { type AxeViolation, axeViolations, injectAxe } from './axe';
import { openPage, type PageProblems, settled, trackRequests } from './browser';
import { pageUrl, type SitePage } from './site-pages';

/** What a page showed and did while loading and being used. */
export interface PageRecord {
  page: SitePage;
  /** Console errors, page errors and foreign requests while the page loaded. */
  atLoad: PageProblems;
  /** The page's scroll width on a 320 px wide screen (WCAG 1.4.10 Reflow). */
  narrowScrollWidth: number;
  /** The page on a 375 x 667 phone screen. */
  phone: PhoneRecord;
  print: PrintRecord;
  /** Whether the dark colour scheme was in effect for the second axe run. */
  darkEmulated: boolean;
  axe: { light: AxeViolation[]; dark: AxeViolation[] };
  csp: CspRecord;
  noScript: NoScriptRecord;
}

export interface PhoneRecord {
  /** Height of the site header. */
  headerHeight: number;
  /** Height of the whole page. */
  pageHeight: number;
  /** Where the words a page quotes first (a `blockquote mark`) start and end, if it quotes any. */
  quote: { top: number; bottom: number; lineHeight: number } | null;
}

export interface PrintRecord {
  /** Whether the footer's printed address (`footer .print-only`) shows on paper. */
  addressVisible: boolean;
  addressText: string | null;
  /** The address it must contain: the canonical URL, or a 404 page's own path. */
  expected: string;
  /** How many elements of each kind that must not print are visible in print. */
  shown: Record<string, number>;
}

export interface CspRecord {
  /** The Content-Security-Policy response header, as the host sent it. */
  header: string | undefined;
  /** The `<meta http-equiv="Content-Security-Policy">` of the page the tab shows at the end. */
  meta: string | null;
  /** `securitypolicyviolation` events, from loading until every control was used. */
  violations: string[];
  errors: string[];
  foreignRequests: string[];
}

export interface NoScriptRecord {
  h1Count: number;
  h1Visible: boolean;
  mainText: string;
  heading: string;
  /** Every link's `href` as written. */
  hrefs: string[];
  problems: PageProblems;
}

export interface SweepRecords {
  /** By page path (`recommendations/r3/`), as `sitePages` lists them. */
  pages: Map<string, PageRecord | SweepFailure>;
  /** Short links, which only redirect: their policy, header and meta, are checked. */
  redirects: Map<string, CspRecord | SweepFailure>;
}

/** A page the sweep could not finish: every check of it fails with this. */
export interface SweepFailure {
  failure: string;
}

export interface SweepOptions {
  /** The served site, with the headers of its `_headers` file. */
  siteUrl: string;
  pages: readonly SitePage[];
  redirects: readonly SitePage[];
  /** Pages in progress at once, each in a tab of its own. */
  concurrency?: number;
}

/** The narrowest screen the site supports, and the default desktop one. */
const narrow = { width: 320, height: 640 };
const phone = { width: 375, height: 667 };
const desktop = { width: 1280, height: 720 };

/** Elements that must not print. */
const notPrinted = ['nav', 'form[role="search"]', 'copy-link button'];

/** What the sweep types into every search field. */
const searchTerm = 'cybercrime';

/**
 * Before any script of each document: reports CSP violations to the sweep (a string: Vitest
 * rewrites functions), and notes which scripts and stylesheets have loaded or failed.
 */
const initScript = `
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__reportCspViolation(
      event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline code') +
        ' (' + event.sourceFile + ':' + event.lineNumber + ')',
    );
  });
  window.__settledFiles = new WeakSet();
  for (const type of ['load', 'error']) {
    document.addEventListener(type, (event) => window.__settledFiles.add(event.target), true);
  }
`;

/**
 * Every script, module preload, stylesheet and image the document asked for has arrived or
 * failed. A function, not a string: Playwright polls a string with `eval`, which the policy
 * forbids.
 */
function filesSettled() {
  const settledFiles = (window as unknown as { __settledFiles: WeakSet<EventTarget> })
    .__settledFiles;
  const files = document.querySelectorAll(
    'script[src], link[rel="modulepreload"], link[rel="stylesheet"]',
  );
  return (
    [...files].every((element) => settledFiles.has(element)) &&
    [...document.images].every((image) => image.complete || image.loading === 'lazy')
  );
}

/** A tab of the sweep: its page, what it has recorded, and the requests still under way. */
interface Tab {
  page: Page;
  problems: PageProblems;
  violations: string[];
  requests: ReturnType<typeof trackRequests>;
}

async function openTab(
  context: BrowserContext,
  siteUrl: string,
  { recordViolations }: { recordViolations: boolean },
): Promise<Tab> {
  const { page, problems } = await openPage(context, siteUrl);
  const tab: Tab = { page, problems, violations: [], requests: trackRequests(page) };
  if (recordViolations) {
    await page.exposeFunction('__reportCspViolation', (text: string) => tab.violations.push(text));
  }
  return tab;
}

/** Starts a tab's record of a new page from empty. */
function clear(tab: Tab) {
  tab.problems.errors.length = 0;
  tab.problems.foreignRequests.length = 0;
  tab.violations.length = 0;
}

const snapshot = (problems: PageProblems): PageProblems => ({
  errors: [...problems.errors],
  foreignRequests: [...problems.foreignRequests],
});

/** Waits until every file the page asked for has arrived or failed, and nothing is under way. */
async function settle(tab: Tab) {
  await tab.page.waitForFunction(filesSettled);
  await settled(tab.page, tab.requests);
}

/** Uses whatever controls the page has: the search fields, cite panels, copy-link buttons. */
async function useControls(tab: Tab) {
  const { page } = tab;
  for (const field of await page.locator('input[type="search"]').all()) {
    await field.focus();
    await field.pressSequentially(searchTerm);
  }
  // The search page shows the results of what its field now holds.
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('search-page')].every((search) => {
      const query = search.querySelector<HTMLInputElement>('input[name="q"]')?.value.trim();
      return search.dataset.state !== 'searching' && search.dataset.searched === query;
    }),
  );
  for (const summary of await page.locator('details > summary').all()) {
    await summary.click();
  }
  for (const button of await page.locator('copy-link button').all()) {
    await button.click();
    // Copied or not, the button announces an outcome in the status next to it.
    await page.waitForFunction(
      (element) => element?.nextElementSibling?.textContent !== '',
      await button.elementHandle(),
    );
  }
  await settle(tab);
}

async function cspOf(tab: Tab, response: Response | null): Promise<CspRecord> {
  const meta = await tab.page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  return {
    header: response?.headers()['content-security-policy'],
    meta,
    ...cspProblems(tab),
  };
}

const cspProblems = (tab: Tab) => ({ violations: [...tab.violations], ...snapshot(tab.problems) });

async function printOf(page: Page): Promise<PrintRecord> {
  await page.emulateMedia({ media: 'print' });
  const address = page.locator('footer .print-only');
  const addressVisible = await address.isVisible();
  // The rest in one call: each call to the page costs a round trip, on every page.
  const record = await page.evaluate((selectors) => {
    const shown: Record<string, number> = {};
    for (const selector of selectors) {
      const elements = [...document.querySelectorAll(selector)];
      shown[selector] = elements.filter((element) => element.checkVisibility()).length;
    }
    return {
      addressText: document.querySelector('footer .print-only')?.textContent ?? null,
      // A 404 page has no canonical address: it prints the path of its own file.
      expected:
        document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.pathname,
      shown,
    };
  }, notPrinted);
  await page.emulateMedia({ media: null });
  return { addressVisible, ...record };
}

async function axeOf(page: Page) {
  await injectAxe(page);
  const light = await axeViolations(page);
  // The same emulation as the `colorScheme` context option, without loading the page again.
  await page.emulateMedia({ colorScheme: 'dark' });
  const darkEmulated = (await page.evaluate(
    'matchMedia("(prefers-color-scheme: dark)").matches',
  )) as boolean;
  const dark = await axeViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });
  return { darkEmulated, axe: { light, dark } };
}

/**
 * A page with JavaScript: loaded at 320 px, measured on a 375 px phone, then printed, audited and
 * used at 1280 px.
 */
async function sweepWithScript(tab: Tab, siteUrl: string, page: SitePage) {
  clear(tab);
  const url = pageUrl(siteUrl, page.path);
  await tab.page.setViewportSize(narrow);
  let response = await tab.page.goto(url, { waitUntil: 'load' });
  const atLoad = snapshot(tab.problems);
  const narrowScrollWidth = (await tab.page.evaluate(
    'document.scrollingElement.scrollWidth',
  )) as number;
  await tab.page.setViewportSize(phone);
  const phoneRecord = (await tab.page.evaluate(`(() => {
    const box = (element) => element && element.getBoundingClientRect();
    const quote = box(document.querySelector('main blockquote mark'));
    const mark = document.querySelector('main blockquote mark');
    return {
      headerHeight: box(document.querySelector('header.site-header')).height,
      pageHeight: document.scrollingElement.scrollHeight,
      quote: quote && {
        top: quote.top + scrollY,
        bottom: quote.bottom + scrollY,
        lineHeight: parseFloat(getComputedStyle(mark).lineHeight),
      },
    };
  })()`)) as PhoneRecord;
  await tab.page.setViewportSize(desktop);
  const print = await printOf(tab.page);
  const audit = await axeOf(tab.page);
  // A search page (one per language) is used with a query, as the header form submits it.
  if (/(^|\/)search\/$/.test(page.path)) {
    response = await tab.page.goto(`${url}?q=${searchTerm}`, { waitUntil: 'load' });
  }
  await useControls(tab);
  return {
    atLoad,
    narrowScrollWidth,
    phone: phoneRecord,
    print,
    ...audit,
    csp: await cspOf(tab, response),
  };
}

/** A page without JavaScript, as a reader with scripts off or a simple browser gets it. */
async function sweepWithoutScript(tab: Tab, siteUrl: string, page: SitePage) {
  clear(tab);
  await tab.page.goto(pageUrl(siteUrl, page.path), { waitUntil: 'load' });
  const h1 = tab.page.locator('h1');
  const h1Count = await h1.count();
  return {
    h1Count,
    h1Visible: h1Count === 1 && (await h1.isVisible()),
    mainText: ((await tab.page.locator('main').first().innerText()) ?? '').trim(),
    heading: h1Count ? (await h1.first().innerText()).trim() : '',
    hrefs: await tab.page
      .locator('a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')),
    problems: snapshot(tab.problems),
  } satisfies NoScriptRecord;
}

/**
 * A short link: the header it is served with, then the page it refreshes to at once, loaded.
 * The stub has no `<meta>` policy of its own (nor any script): the one recorded is that of the
 * page the reader lands on, as the tab shows it.
 */
async function sweepRedirect(tab: Tab, siteUrl: string, page: SitePage): Promise<CspRecord> {
  clear(tab);
  const url = pageUrl(siteUrl, page.path);
  const response = await tab.page.goto(url, { waitUntil: 'load' });
  await tab.page.waitForURL((address) => address.href !== url, { waitUntil: 'load' });
  await settle(tab);
  return cspOf(tab, response);
}

const failureOf = (error: unknown): SweepFailure => ({
  failure: error instanceof Error ? (error.stack ?? error.message) : String(error),
});

export async function sweepSite(browser: Browser, options: SweepOptions): Promise<SweepRecords> {
  const { siteUrl, concurrency = 3 } = options;
  const withScript = await browser.newContext({ viewport: desktop });
  // Copy buttons write to the clipboard; the policy must allow what they do.
  await withScript.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(siteUrl).origin,
  });
  await withScript.addInitScript(initScript);
  const withoutScript = await browser.newContext({ javaScriptEnabled: false, viewport: desktop });
  const records: SweepRecords = { pages: new Map(), redirects: new Map() };
  const jobs = [
    ...options.pages.map((page) => async (tabs: [Tab, Tab]) => {
      try {
        const [reading, noScript] = await Promise.all([
          sweepWithScript(tabs[0], siteUrl, page),
          sweepWithoutScript(tabs[1], siteUrl, page),
        ]);
        records.pages.set(page.path, { page, ...reading, noScript });
      } catch (error) {
        records.pages.set(page.path, failureOf(error));
      }
    }),
    ...options.redirects.map((page) => async (tabs: [Tab, Tab]) => {
      try {
        records.redirects.set(page.path, await sweepRedirect(tabs[0], siteUrl, page));
      } catch (error) {
        records.redirects.set(page.path, failureOf(error));
      }
    }),
  ];
  try {
    await Promise.all(
      Array.from({ length: Math.min(concurrency, jobs.length) }, async () => {
        const tabs: [Tab, Tab] = [
          await openTab(withScript, siteUrl, { recordViolations: true }),
          await openTab(withoutScript, siteUrl, { recordViolations: false }),
        ];
        for (let job = jobs.shift(); job; job = jobs.shift()) await job(tabs);
      }),
    );
  } finally {
    await Promise.all([withScript.close(), withoutScript.close()]);
  }
  return records;
}

/** The record of a page, or the reason the sweep could not make it, thrown. */
export function recordOf<T extends object>(
  records: Map<string, T | SweepFailure>,
  path: string,
): T {
  const record = records.get(path);
  if (!record) throw new Error(`the sweep has no record of /${path}`);
  if ('failure' in record) throw new Error(`the sweep failed on /${path}: ${record.failure}`);
  return record;
}
