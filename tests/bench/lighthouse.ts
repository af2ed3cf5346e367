/**
 * Lighthouse (mobile, its default) on the home page, a topic and a recommendation: the four
 * category scores of each, 0 to 100, as bench figures keyed `lighthouse.<page>.<category>`.
 * Debian's Chromium through chrome-launcher, kept off the network like the browser tests.
 * A bench part only: scores move with the machine's load, so no test asserts them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../support/browser.ts';
import type { Figure } from './figures.ts';

export const lighthousePages = [
  { key: 'home', label: 'Home', path: '' },
  { key: 'topic', label: 'Topic page', path: 'topics/cybercrime/' },
  { key: 'recommendation', label: 'Recommendation page', path: 'recommendations/r3/' },
] as const;

export const lighthouseCategories = [
  'performance',
  'accessibility',
  'best-practices',
  'seo',
] as const;

/** The browser flags of the tests, with the headless mode Lighthouse needs. */
const chromeFlags = [
  '--headless=new',
  ...chromiumArgs.filter((flag) => !flag.startsWith('--headless')),
];

export async function benchLighthouse(ctx: {
  siteUrl: string;
  distDir: string;
}): Promise<Figure[]> {
  for (const page of lighthousePages) {
    if (!existsSync(join(ctx.distDir, page.path, 'index.html'))) {
      throw new Error(`Lighthouse: no page /${page.path} in ${ctx.distDir}`);
    }
  }
  process.env.CHROME_PATH ??= chromiumPath;
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags });
  const figures: Figure[] = [];
  try {
    for (const page of lighthousePages) {
      const url = new URL(page.path, ctx.siteUrl).href;
      const result = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: [...lighthouseCategories],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) {
        throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
      }
      for (const category of lighthouseCategories) {
        const score = lhr.categories[category]?.score;
        if (score === null || score === undefined) {
          throw new Error(`Lighthouse on ${url}: no ${category} score`);
        }
        figures.push({
          key: `lighthouse.${page.key}.${category}`,
          label: `Lighthouse ${category}, ${page.label.toLowerCase()}`,
          value: Math.round(score * 100),
          unit: 'score',
        });
      }
    }
  } finally {
    chrome.kill();
  }
  return figures;
}

/** Audits that cost points, with their titles, for fixing what a score below 100 points at. */
export async function lighthouseFailures(url: string): Promise<string[]> {
  process.env.CHROME_PATH ??= chromiumPath;
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      onlyCategories: [...lighthouseCategories],
    });
    const audits = result?.lhr.audits ?? {};
    return Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
      .map(
        (a) => `${a.id} (${a.score}): ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ''}`,
      );
  } finally {
    chrome.kill();
  }
}
