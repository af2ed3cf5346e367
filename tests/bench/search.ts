/**
 * Search in real Chromium: how long from a keystroke to the results painted, with the index
 * warm, and how many bytes the first query fetches (the index and the vocabulary of spelling
 * help, which comes with it).
 *
 * Bytes are counted as a static host serves them: Pagefind's index files are gzip already, and
 * hosts compress JavaScript and JSON on the way. When the server under test does not compress
 * (the test server does not), text responses are counted at their gzip size; the bytes as sent
 * are reported alongside.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import type { Figure } from './figures.ts';

/**
 * Words typed one character at a time; every keystroke is one sample. The misspelt ones time the
 * spelling help too: a word the index does not hold, corrected and searched again.
 */
const words = [
  'cybercrime',
  'wildlife',
  'counterfeiting',
  'utility blocks',
  'mikuriya',
  'cybercrme',
  'counterfieting',
];
const firstQuery = 'cybercrime';

export async function benchSearch(ctx: { siteUrl: string; distDir: string }): Promise<Figure[]> {
  const browser = await launchBrowser();
  try {
    const bytes = await firstQueryBytes(browser, ctx.siteUrl);
    const times = await keystrokeTimes(browser, ctx.siteUrl);
    return [
      {
        key: 'search.keystroke.median',
        label: `Search: keystroke to results painted, warm index (median of ${times.length})`,
        value: round(median(times)),
        unit: 'ms',
      },
      {
        key: 'search.keystroke.p90',
        label: 'Search: keystroke to results painted, warm index (90th percentile)',
        value: round(percentile(times, 0.9)),
        unit: 'ms',
      },
      {
        key: 'search.firstQuery.bytes',
        label: `Search: bytes fetched by the first query, compressed as a host serves them (${bytes.requests} requests)`,
        value: bytes.served,
        unit: 'B',
      },
      {
        key: 'search.firstQuery.sentBytes',
        label: 'Search: bytes fetched by the first query, as the server under test sent them',
        value: bytes.sent,
        unit: 'B',
      },
    ];
  } finally {
    await browser.close();
  }
}

function round(ms: number) {
  return Math.round(ms * 10) / 10;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function waitForResults(page: Page, query: string) {
  await page.waitForFunction((q) => {
    const element = document.querySelector<HTMLElement>('search-page');
    return element?.dataset.state === 'done' && element.dataset.searched === q;
  }, query);
}

const compressible = /(javascript|json|text\/|svg|xml|wasm)/;

/** A fresh browser opens `search/?q=…`: everything fetched from the Pagefind bundle. */
async function firstQueryBytes(browser: Browser, siteUrl: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bundle = new URL('pagefind/', siteUrl).pathname;
  const measured: Promise<{ sent: number; served: number }>[] = [];
  const measure = async (request: Request) => {
    const response = await request.response();
    const sizes = await request.sizes();
    const body = (await response?.body()) ?? Buffer.alloc(0);
    const headers = (await response?.allHeaders()) ?? {};
    const sent = sizes.responseBodySize + sizes.responseHeadersSize;
    const alreadyCompressed =
      Boolean(headers['content-encoding']) || (body[0] === 0x1f && body[1] === 0x8b);
    const type = headers['content-type'] ?? '';
    const servedBody =
      alreadyCompressed || !compressible.test(type)
        ? sizes.responseBodySize
        : gzipSync(body, { level: 6 }).length;
    return { sent, served: servedBody + sizes.responseHeadersSize };
  };
  page.on('requestfinished', (request) => {
    if (new URL(request.url()).pathname.startsWith(bundle)) measured.push(measure(request));
  });
  await page.goto(new URL(`search/?q=${firstQuery}`, siteUrl).href);
  await waitForResults(page, firstQuery);
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(measured);
  await context.close();
  return {
    requests: all.length,
    sent: all.reduce((sum, m) => sum + m.sent, 0),
    served: all.reduce((sum, m) => sum + m.served, 0),
  };
}

/**
 * Types the words one character at a time and times, in the page, each keydown to the first
 * frame after the results list changed. A first pass warms the index and fragments; the second
 * pass is measured.
 */
async function keystrokeTimes(browser: Browser, siteUrl: string): Promise<number[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL('search/', siteUrl).href);
  await page.evaluate(`(() => {
    const bench = (window.__searchBench = { samples: [], started: 0 });
    document.querySelector('#search-query').addEventListener(
      'keydown',
      () => { bench.started = performance.now(); },
      { capture: true },
    );
    new MutationObserver(() => {
      const started = bench.started;
      if (!started) return;
      bench.started = 0;
      requestAnimationFrame(() => setTimeout(() => bench.samples.push(performance.now() - started)));
    }).observe(document.querySelector('[data-search-list]'), { childList: true });
  })()`);
  const input = page.locator('#search-query');
  const count = () => page.evaluate('window.__searchBench.samples.length') as Promise<number>;
  for (const pass of ['warm-up', 'measured']) {
    if (pass === 'measured') await page.evaluate('window.__searchBench.samples = []');
    for (const word of words) {
      await input.fill('');
      for (const character of word) {
        const before = await count();
        await page.keyboard.type(character);
        // A keystroke that leaves an empty list empty changes nothing to time: skip it.
        await page
          .waitForFunction(`window.__searchBench.samples.length > ${before}`, undefined, {
            timeout: 3000,
          })
          .catch(() => undefined);
      }
      await waitForResults(page, word);
    }
  }
  const samples = (await page.evaluate('window.__searchBench.samples')) as number[];
  await context.close();
  return samples;
}
