/**
 * The content check: every rule over every file in a content folder, before anything renders.
 * `checkContent(dir)` returns every problem at once, the default language's before a
 * translation's, each file's in line order. `src/integrations/content-check.ts` runs it at the
 * start of `astro build`, `astro dev`, `astro check` and `astro sync`.
 */
import { defaultLang, locales } from '../../i18n/locales.ts';
import { loadContent } from './load.ts';
import type { Problem } from './problem.ts';
import { rules } from './rules/index.ts';

export { ContentCheckError, formatProblem, type Problem } from './problem.ts';

export interface CheckOptions {
  /** How problems name the folder (`content`); by default its path from the working folder. */
  root?: string;
}

/** Languages in publishing order, the default first; files outside them come last. */
const languageOrder = [defaultLang, ...locales.filter((l) => l !== defaultLang)];

function rank(problem: Problem, root: string): number {
  const inside = root ? problem.file.slice(root.length + 1) : problem.file;
  const lang = languageOrder.findIndex((l) => inside.startsWith(`${l}/`));
  return lang < 0 ? languageOrder.length : lang;
}

export function checkContent(dir: string, options: CheckOptions = {}): Problem[] {
  const set = loadContent(dir, options.root);
  const problems: Problem[] = [...set.problems];
  for (const rule of rules) problems.push(...rule(set, problems));
  const root = set.show('').replace(/\/$/, '');
  return problems
    .map((problem, order) => ({ problem, order, rank: rank(problem, root) }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (a.problem.file < b.problem.file ? -1 : a.problem.file > b.problem.file ? 1 : 0) ||
        (a.problem.line ?? 0) - (b.problem.line ?? 0) ||
        a.order - b.order,
    )
    .map(({ problem }) => problem);
}
