/**
 * One browser test case: a fresh context (so cookies, permissions and media settings never
 * leak between cases) with a recording page, closed whatever the outcome.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { openPage, type PageProblems } from './browser';

export interface BrowserCase {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

export async function withPage<T>(
  browser: Browser,
  siteUrl: string,
  options: BrowserContextOptions,
  run: (test: BrowserCase) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext(options);
  try {
    const { page, problems } = await openPage(context, siteUrl);
    return await run({ context, page, problems });
  } finally {
    await context.close();
  }
}
