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

export function overBudget(figure: Figure, limit: Limit | undefined): boolean {
  if (!limit) return false;
  if (limit.max !== undefined && figure.value > limit.max) return true;
  if (limit.min !== undefined && figure.value < limit.min) return true;
  return false;
}
