/**
 * Reading offline, in figures: the service worker's own script (downloaded once, on a reader's
 * first visit), what the worker fetches on a first visit before the reader asks for anything
 * (only the page's own files, again, from the browser's cache where it can), and what keeping
 * the whole edition takes in each language.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultLang, locales } from '../../src/i18n/locales.ts';
import { editionFiles } from '../../src/lib/offline/manifest.ts';
import { launchBrowser } from '../support/browser.ts';
import { listFiles } from '../support/dist-pages.ts';
import type { BenchContext, BenchPart, Figure } from './figures.ts';
import { gzipBytes } from './pages.ts';

/** Requests the worker makes on a first visit to `url` before any choice, and those beyond the page. */
async function firstVisit(url: string) {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const requests: string[] = [];
    context.on('request', (request) => {
      if (request.serviceWorker() && !request.url().endsWith('/sw.js'))
        requests.push(request.url());
    });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The worker keeps the page after it takes control; give it the moment that takes.
    await page.waitForLoadState('networkidle');
    const own: string[] = await page.evaluate(`[
      location.origin + location.pathname,
      ...[...document.querySelectorAll('link[rel="stylesheet"], link[rel~="icon"]')].map((l) => l.href),
      ...[...document.querySelectorAll('script[src]')].map((s) => s.src),
    ]`);
    return { requests, beyond: requests.filter((request) => !own.includes(request)) };
  } finally {
    await browser.close();
  }
}

export const benchOffline: BenchPart = async ({ siteUrl, distDir }: BenchContext) => {
  const worker = await readFile(join(distDir, 'sw.js'));
  const paths = await listFiles(distDir);
  const files = await Promise.all(
    paths.map(async (path) => ({ path, bytes: (await stat(join(distDir, path))).size })),
  );
  const visit = await firstVisit(siteUrl);
  const figures: Figure[] = [
    {
      key: 'offline.worker.gzip',
      label: 'service worker script (sw.js), gzip',
      value: gzipBytes(worker),
      unit: 'B',
    },
    {
      key: 'offline.firstVisit.requests',
      label: 'home first visit, requests by the service worker (the page again)',
      value: visit.requests.length,
      unit: 'count',
    },
    {
      key: 'offline.firstVisit.beyondPage',
      label: 'home first visit, service worker requests beyond the page',
      value: visit.beyond.length,
      unit: 'count',
    },
  ];
  for (const lang of locales) {
    const edition = editionFiles(files, lang, locales, defaultLang);
    figures.push({
      key: `offline.edition.${lang}.bytes`,
      label: `edition kept offline (${lang}), ${edition.length} files, stored size`,
      value: edition.reduce((sum, file) => sum + file.bytes, 0),
      unit: 'B',
    });
  }
  return figures;
};
