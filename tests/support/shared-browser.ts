/**
 * The run's one Chromium for a browser test file: connected before the file's tests and released
 * after (the browser layer's global setup starts it; `browser-setup.ts`).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectBrowser } from './browser';

/** A getter, since the connection exists only once the file's `beforeAll` has run. */
export function useSharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connectBrowser(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The shared Chromium connects in beforeAll: use it in a test');
    return browser;
  };
}
