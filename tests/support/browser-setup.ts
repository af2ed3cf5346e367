/**
 * Global setup of the browser layer: the two builds of the site layer (see global-setup.ts),
 * one Chromium for every browser test file, and the root build served a second time with the
 * headers of its `_headers` file, as Netlify or Cloudflare Pages send them. All at once.
 */
import type { TestProject } from 'vitest/node';
import type { BrowserServer } from 'playwright-core';
import { launchBrowserServer } from './browser';
import { builtSites, closeSites, provideSites } from './global-setup';
import { buildHeaders } from './headers-file';
import { serveStatic, type StaticSite } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where test files connect to the run's one Chromium (`connectBrowser`). */
    browserEndpoint: string;
    /** Address of `dist/` served with the headers its `_headers` file asks for. */
    siteWithHeadersUrl: string;
  }
}

let chromium: BrowserServer | undefined;
let withHeaders: StaticSite | undefined;

export async function setup(project: TestProject) {
  const launching = launchBrowserServer();
  const sites = await builtSites().catch(async (error: unknown) => {
    await (await launching.catch(() => undefined))?.close();
    throw error;
  });
  chromium = await launching;
  withHeaders = await serveStatic(sites.distDir, '/', {
    headers: await buildHeaders(sites.distDir),
  });
  provideSites(project, sites);
  project.provide('browserEndpoint', chromium.wsEndpoint());
  project.provide('siteWithHeadersUrl', withHeaders.url);
}

export async function teardown() {
  await Promise.all([chromium?.close(), withHeaders?.close(), closeSites()]);
}
