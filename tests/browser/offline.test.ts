/**
 * Reading offline, proved in Chromium: each case serves the build on a server of its own, with
 * the headers of the generated `_headers` file (so the strict policy applies to the worker as
 * a host would send it), and, to go offline, both cuts the context off the network and shuts
 * that server down, so whatever still opens can only come from the service worker's caches.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useSharedBrowser } from '../support/shared-browser';
import { formatLocales, type Lang } from '../../src/i18n/locales';
import { translate } from '../../src/i18n/ui';
import { offlineConfig } from '../../src/integrations/offline';
import { loadEdition } from '../../src/lib/edition';
import { editionPdfPath } from '../../src/lib/urls';
import { visibleText } from '../support/pdf';
import { buildHeaders } from '../support/headers-file';
import { serveStatic, type StaticSite } from '../support/static-server';

const distDir = inject('distDir');
const browser = useSharedBrowser();

interface OfflineCase {
  site: StaticSite;
  context: BrowserContext;
  page: Page;
  /** Every request the service worker made, in order. */
  workerRequests: string[];
  errors: string[];
  url(path: string): string;
  goOffline(): Promise<void>;
}

async function offlineCase(
  run: (test: OfflineCase) => Promise<void>,
  build = { distDir, basePath: '/' },
): Promise<void> {
  const site = await serveStatic(build.distDir, build.basePath, {
    headers: await buildHeaders(build.distDir),
  });
  const context = await browser().newContext();
  let online = true;
  const workerRequests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => {
    if (request.serviceWorker()) workerRequests.push(request.url());
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    // Offline, Chromium logs each failed network attempt; only errors online are faults.
    if (message.type() === 'error' && online) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await run({
      site,
      context,
      page,
      workerRequests,
      errors,
      url: (path) => new URL(path, site.url).href,
      async goOffline() {
        online = false;
        await context.setOffline(true);
        await site.close();
      },
    });
  } finally {
    await context.close();
    if (online) await site.close();
  }
}

/**
 * Waits until the service worker controls the page and keeps `urls`, asking the caches again
 * until they answer (`waitForFunction` would take an async predicate's promise for a yes).
 */
async function kept(page: Page, urls: readonly string[]): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect
    .poll(
      () =>
        page.evaluate(
          async (all) => (await Promise.all(all.map((url) => caches.match(url)))).every(Boolean),
          urls,
        ),
      { timeout: 15_000 },
    )
    .toBe(true);
}

/** Requests of the worker beyond `files`; its own script, which the browser fetches to check for an update, is not one. */
const beyond = (requests: readonly string[], files: readonly string[]) =>
  requests.filter((request) => !files.includes(request) && !request.endsWith('/sw.js'));

/** The page's own files: its address, stylesheet, scripts and icon. */
function ownFiles(page: Page): Promise<string[]> {
  return page.evaluate(`[
    location.origin + location.pathname,
    ...[...document.querySelectorAll('link[rel="stylesheet"], link[rel~="icon"]')].map((l) => l.href),
    ...[...document.querySelectorAll('script[src]')].map((s) => s.src),
  ]`);
}

const heading = (page: Page) => page.locator('h1').first().textContent();

describe('reading offline', () => {
  it('opens a page read once again without a connection, styled, and downloads nothing more', async () => {
    await offlineCase(async ({ page, url, goOffline, workerRequests, errors }) => {
      const edition = await loadEdition('en');
      const r3 = edition.recommendations[2] ?? edition.recommendations[0];
      if (!r3) throw new Error('the edition has no recommendation');
      await page.goto(url(`recommendations/${r3.id}/`));
      const online = await heading(page);
      const files = await ownFiles(page);
      await kept(page, files);
      // Before any choice, the worker fetched this page's own files and nothing else.
      expect(workerRequests.length).toBeGreaterThan(0);
      expect(beyond(workerRequests, files)).toEqual([]);
      expect(errors).toEqual([]);

      await goOffline();
      const failed: string[] = [];
      page.on('requestfailed', (request) => failed.push(request.url()));
      await page.reload();
      expect(failed).toEqual([]);
      expect(await heading(page)).toBe(online);
      expect(online).toContain(r3.title);
      // The stylesheet came from the cache too: the reading column is laid out.
      const sheets = await page.evaluate('document.styleSheets.length');
      expect(sheets).toBeGreaterThan(0);
      expect(await page.evaluate('getComputedStyle(document.body).margin')).toBe('0px');
    });
  });

  it.each(['en', 'fr'] as Lang[])(
    'offline, a page never opened says so in %s and links to the pages that are kept',
    async (lang) => {
      await offlineCase(async ({ page, url, goOffline }) => {
        const prefix = lang === 'en' ? '' : `${lang}/`;
        const edition = await loadEdition(lang);
        const [first, second] = edition.topics;
        if (!first || !second) throw new Error('the edition needs two topics');
        await page.goto(url(`${prefix}topics/${first.id}/`));
        const title = await page.title();
        await kept(page, await ownFiles(page));
        await goOffline();
        await page.goto(url(`${prefix}topics/${second.id}/`));
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        expect(await heading(page)).toBe(translate(lang, 'offline.page.title'));
        const links = await page
          .locator('main li a')
          .evaluateAll((as) => as.map((a) => [(a as HTMLAnchorElement).pathname, a.textContent]));
        expect(links).toEqual([[new URL(url(`${prefix}topics/${first.id}/`)).pathname, title]]);
        // The kept page it links to opens.
        await page.locator('main li a').first().click();
        expect(await page.title()).toBe(title);
      });
    },
  );

  it('keeps the whole edition only when asked, after telling its size; then pages, PDF and search work offline', async () => {
    await offlineCase(async ({ page, url, goOffline, workerRequests, errors }) => {
      const lang: Lang = 'en';
      const config = await offlineConfig(distDir, '/');
      const language = config.languages[lang];
      if (!language) throw new Error('no English edition in the worker config');
      await page.goto(url('about/'));
      const files = await ownFiles(page);
      await kept(page, files);
      const control = page.locator('offline-edition');
      await control.locator('summary').click();
      // Opening the control loads its script, one of the page's own files.
      files.push(new URL((await control.getAttribute('data-ui')) ?? '', page.url()).href);
      const size = translate(lang, 'offline.size', {
        size: new Intl.NumberFormat(formatLocales[lang]).format(Math.round(language.bytes / 1000)),
      });
      const keep = control.getByRole('button', { name: translate(lang, 'offline.keep', { size }) });
      await keep.waitFor();
      expect(await control.locator('p').first().textContent()).toContain(size);
      // Scrolling to the control loads the language switch's place-finding script
      // (`language-place.ts`), another of the page's own files.
      files.push(...(await ownFiles(page)));
      // Told the size, nothing of the edition has been downloaded yet.
      expect(beyond(workerRequests, files)).toEqual([]);

      await keep.click();
      const languageName = new Intl.DisplayNames(formatLocales[lang], { type: 'language' }).of(
        lang,
      );
      await control
        .getByRole('status')
        .filter({ hasText: translate(lang, 'offline.kept', { language: languageName ?? lang }) })
        .waitFor();
      const fetched = new Set(workerRequests.map((request) => new URL(request).pathname));
      expect(language.files.filter((file) => !fetched.has(file))).toEqual([]);
      expect(errors).toEqual([]);

      await goOffline();
      const edition = await loadEdition(lang);
      const topic = edition.topics.at(-1);
      if (!topic) throw new Error('the edition has no topic');
      await page.goto(url(`topics/${topic.id}/`));
      expect(await heading(page)).toContain(topic.name);

      const pdf = language.files.find((file) => file.endsWith('.pdf'));
      if (!pdf) throw new Error('the kept edition has no PDF');
      const answer = await page.evaluate(
        `fetch(${JSON.stringify(pdf)}).then(async (r) => [r.status, (await r.arrayBuffer()).byteLength])`,
      );
      expect(answer).toEqual([200, (await stat(join(distDir, pdf))).size]);

      const r3 = edition.recommendations[2] ?? edition.recommendations[0];
      if (!r3) throw new Error('the edition has no recommendation');
      const word = r3.words.split(' ').at(-1) ?? r3.words;
      await page.goto(url(`search/?q=${encodeURIComponent(word)}`));
      await page.waitForFunction(
        (q) => document.querySelector<HTMLElement>('search-page')?.dataset.searched === q,
        word,
      );
      expect(await page.getAttribute('search-page', 'data-state')).toBe('done');
      const results = await page
        .locator('[data-search-list] > li h3 a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(results).toContain(new URL(url(`recommendations/${r3.id}/`)).pathname);
    });
  });
});

describe('reading offline under a base path', () => {
  /** The run's one sub-path build (tests/support/global-setup.ts). */
  const { distDir: subPathDist, basePath } = inject('subPathSite');

  it('registers the worker for the base path, keeps pages there and says so offline', async () => {
    // The PDF made by this build gives its addresses under the base path too.
    const edition = await loadEdition('en');
    const pdf = join(subPathDist, editionPdfPath('en', edition.declaration.data.id, '/'));
    expect(await visibleText(pdf)).toContain(`${basePath}${edition.declaration.data.id}.en.pdf`);
    await offlineCase(
      async ({ page, url, goOffline }) => {
        const [first, second] = edition.topics;
        if (!first || !second) throw new Error('the edition needs two topics');
        await page.goto(url(`topics/${first.id}/`));
        const title = await page.title();
        await kept(page, await ownFiles(page));
        const scope = await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return registration ? new URL(registration.scope).pathname : '';
        });
        expect(scope).toBe(basePath);

        await goOffline();
        await page.reload();
        expect(await page.title()).toBe(title);
        await page.goto(url(`topics/${second.id}/`));
        expect(await heading(page)).toBe(translate('en', 'offline.page.title'));
        const links = await page
          .locator('main a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        expect(links.length).toBeGreaterThan(2);
        for (const link of links) expect(link.startsWith(basePath)).toBe(true);
      },
      { distDir: subPathDist, basePath },
    );
  });
});
