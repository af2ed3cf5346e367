/**
 * Debian's Chromium driven by playwright-core: never a downloaded browser. The flags keep it
 * off the network (this machine has none) and runnable as root.
 */
import { existsSync } from 'node:fs';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type BrowserServer,
  type Page,
  type Request,
} from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function checkChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: run "npm test" (its pretest installs it)`);
  }
}

export async function launchBrowser(): Promise<Browser> {
  checkChromium();
  // Playwright gives every launch a new, empty profile directory of its own.
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/**
 * One Chromium for a whole test run, started by the browser layer's global setup; each test
 * file connects to it with `connectBrowser` and isolates its cases in contexts of its own.
 * Contexts share one thing: the clipboard. A file that reads the clipboard launches its own.
 */
export async function launchBrowserServer(): Promise<BrowserServer> {
  checkChromium();
  return chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs });
}

export function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

export interface PageProblems {
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests to any origin other than the site's. */
  foreignRequests: string[];
}

/**
 * Opens a page that records console errors, page errors and requests leaving the origin.
 * Foreign requests are aborted, so nothing ever reaches the network.
 */
export async function openPage(
  context: BrowserContext,
  origin: string,
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const problems: PageProblems = { errors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(error.message));
  // Only requests to other origins are routed: Playwright matches the pattern in the browser's
  // driver, so the site's own requests never wait on a round trip to the test.
  const own = new URL(origin).origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.route(new RegExp(`^(?!(blob:)?${own}/)(?!data:)`), (route) => {
    problems.foreignRequests.push(route.request().url());
    return route.abort();
  });
  return { page, problems };
}

/** Opens `path` of the site in a fresh context, recording problems as `openPage` does; the
 * caller closes it. */
export async function openSitePage(
  browser: Browser,
  siteUrl: string,
  path: string,
  options: BrowserContextOptions = {},
) {
  const context = await browser.newContext(options);
  const { page, problems } = await openPage(context, siteUrl);
  await page.goto(new URL(path, siteUrl).href);
  return { page, problems, close: () => context.close() };
}

/** Follows a page's requests, so that a test can wait until none is under way. */
export function trackRequests(page: Page): { idle(timeout?: number): Promise<void> } {
  const pending = new Set<Request>();
  let waiting: (() => void)[] = [];
  const finished = (request: Request) => {
    pending.delete(request);
    if (pending.size) return;
    for (const wake of waiting) wake();
    waiting = [];
  };
  page.on('request', (request) => pending.add(request));
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  return {
    async idle(timeout = 15_000) {
      if (!pending.size) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stuck = new Promise<never>((_, fail) => {
        timer = setTimeout(() => {
          const urls = [...pending].map((request) => request.url());
          fail(new Error(`requests still under way after ${timeout} ms: ${urls.join(', ')}`));
        }, timeout);
      });
      try {
        await Promise.race([new Promise<void>((wake) => waiting.push(wake)), stuck]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/**
 * Waits until the page has settled after loading or being used: two frames drawn (so every
 * handler of what just happened has run and started its requests), then no request under way.
 */
export async function settled(page: Page, requests: { idle(): Promise<void> }): Promise<void> {
  await page.waitForLoadState('load');
  // A string: Vitest rewrites code inside functions handed to `page.evaluate`.
  await page.evaluate(
    'new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)))',
  );
  await requests.idle();
}
