/**
 * A measured figure and its budget. Every part of `npm run bench` returns figures; the entry
 * script prints them all and exits non-zero if any is over its limit (see budget.json).
 */
export interface Figure {
  /** Stable key, matching a key in budget.json when the figure is budgeted, such as `home.bytes.total`. */
  key: string;
  /** What was measured, for the printed table. */
  label: string;
  value: number;
  unit: 'B' | 'KiB' | 'ms' | 'count' | 'score';
}

export interface Limit {
  /** `max` for sizes and times, `min` for scores. */
  max?: number;
  min?: number;
}

export type Budget = Record<string, Limit>;

/** What every part of the bench is given: the served build and where it lies on disk. */
export interface BenchContext {
  /** Address of the served `dist/`, ending in a slash (it may carry a base path). */
  siteUrl: string;
  /** Absolute path of the built site. */
  distDir: string;
}

/**
 * One part of `npm run bench` (page weights, search timings, Lighthouse scores …). A part
 * measures the site that `bench.ts` has just built and serves, and returns its figures; it
 * starts and stops whatever it needs (a browser) itself. To add one, export a `BenchPart`
 * from its own module in `tests/bench/` and append it to `parts` in `bench.ts`. Give its
 * figures keys under a prefix of its own (`search.`, `lighthouse.`) and put any limits in
 * `budget.json` under the same keys.
 */
export type BenchPart = (ctx: BenchContext) => Promise<Figure[]>;

export function overBudget(figure: Figure, limit: Limit | undefined): boolean {
  if (!limit) return false;
  if (limit.max !== undefined && figure.value > limit.max) return true;
  if (limit.min !== undefined && figure.value < limit.min) return true;
  return false;
}
