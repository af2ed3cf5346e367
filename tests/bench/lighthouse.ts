/**
 * Lighthouse (mobile, its default) on the home page, a topic, a recommendation and the
 * side-by-side page: the four
 * category scores of each, 0 to 100, as bench figures keyed `lighthouse.<page>.<category>`,
 * each the median of `LIGHTHOUSE_RUNS` runs (3 unless set).
 * Debian's Chromium through chrome-launcher, kept off the network like the browser tests.
 * A bench part only: scores move with the machine's load, so no test asserts them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type RunnerResult as LighthouseResult } from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../support/browser.ts';
import type { Figure } from './figures.ts';

export const lighthousePages = [
  { key: 'home', label: 'Home', path: '' },
  { key: 'topic', label: 'Topic page', path: 'topics/cybercrime/' },
  { key: 'recommendation', label: 'Recommendation page', path: 'recommendations/r3/' },
  { key: 'sideBySide', label: 'Side-by-side page', path: 'side-by-side/' },
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

/** How many times each page is audited; each score is the median, as Lighthouse advises. */
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

type Result = LighthouseResult['lhr'];

/** One Lighthouse run in a fresh Chromium with an empty profile, as the Lighthouse CLI does. */
async function audit(url: string): Promise<Result> {
  process.env.CHROME_PATH ??= chromiumPath;
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      onlyCategories: [...lighthouseCategories],
    });
    if (!result) throw new Error('no result');
    if (result.lhr.runtimeError) throw new Error(result.lhr.runtimeError.message);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/**
 * `audit`, run again when the recording fails (Lighthouse asks for that itself, and a busy
 * machine makes it happen), twice at most.
 */
async function auditWithRetries(url: string): Promise<Result> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await audit(url);
    } catch (error) {
      if (attempt > 2) throw new Error(`Lighthouse on ${url}: ${(error as Error).message}`);
    }
  }
}

export async function benchLighthouse(ctx: {
  siteUrl: string;
  distDir: string;
}): Promise<Figure[]> {
  for (const page of lighthousePages) {
    if (!existsSync(join(ctx.distDir, page.path, 'index.html'))) {
      throw new Error(`Lighthouse: no page /${page.path} in ${ctx.distDir}`);
    }
  }
  const figures: Figure[] = [];
  const warnings = new Set<string>();
  for (const page of lighthousePages) {
    const url = new URL(page.path, ctx.siteUrl).href;
    const scores = new Map<string, number[]>(lighthouseCategories.map((c) => [c, []]));
    for (let run = 0; run < runs; run++) {
      const lhr = await auditWithRetries(url);
      // A slow or busy machine lowers the performance score; Lighthouse says so here.
      for (const warning of lhr.runWarnings) warnings.add(String(warning));
      for (const category of lighthouseCategories) {
        const score = lhr.categories[category]?.score;
        if (score === null || score === undefined) {
          throw new Error(`Lighthouse on ${url}: no ${category} score`);
        }
        scores.get(category)?.push(Math.round(score * 100));
      }
    }
    for (const category of lighthouseCategories) {
      figures.push({
        key: `lighthouse.${page.key}.${category}`,
        label: `Lighthouse ${category}, ${page.label.toLowerCase()}`,
        value: median(scores.get(category) ?? []),
        unit: 'score',
      });
    }
  }
  for (const warning of warnings) console.warn(`Lighthouse: ${warning}`);
  return figures;
}

/** Audits that cost points, with their titles, for fixing what a score below 100 points at. */
export async function lighthouseFailures(url: string): Promise<string[]> {
  const { audits } = await auditWithRetries(url);
  return Object.values(audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
    .map((a) => `${a.id} (${a.score}): ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ''}`);
}
