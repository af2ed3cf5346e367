/**
 * The edition's log of changes gives every page its "last changed" date and the edition its
 * date, so it cannot be empty; its dates never go back as its numbers grow; and no change is
 * dated after the day the site is built (a typo there would date the whole edition ahead).
 */
import { locales, defaultLang } from '../../../i18n/locales.ts';
import { calendarDateProblem } from '../../content-schema.ts';
import { type Entry, entriesOf } from '../load.ts';
import type { Problem } from '../problem.ts';
import { problemAt, type Rule } from '../rule.ts';

const dateOf = (entry: Entry) => {
  const date = entry.data['date'];
  return typeof date === 'string' && calendarDateProblem(date) === undefined ? date : undefined;
};

/** Today in UTC, as `YYYY-MM-DD`; a parameter so that tests can fix the day. */
export function changesRule(today = new Date().toISOString().slice(0, 10)): Rule {
  return (set) => {
    const problems: Problem[] = [];
    // A translation's missing changes are reported by the parity rule, file by file; without a
    // declaration there is no edition to date, and its absence is the problem to report.
    const edition = entriesOf(set, 'declaration', defaultLang).length > 0;
    if (edition && entriesOf(set, 'change', defaultLang).length === 0) {
      problems.push({
        file: set.show(`${defaultLang}/changes/`),
        field: '(file)',
        reason:
          'missing: the log needs at least one change (the first publication); it dates every page',
      });
    }
    for (const lang of locales) {
      const changes = entriesOf(set, 'change', lang)
        .filter((e) => Number.isInteger(e.data['number']) && dateOf(e))
        .sort((a, b) => (a.data['number'] as number) - (b.data['number'] as number));
      for (const [i, change] of changes.entries()) {
        const date = dateOf(change) ?? '';
        const before = changes[i - 1];
        const earlier = before && dateOf(before);
        if (date > today) {
          problems.push(
            problemAt(
              change,
              ['date'],
              `${date} is after today (${today}): a change is dated the day it was made`,
            ),
          );
        } else if (before && earlier && date < earlier) {
          problems.push(
            problemAt(
              change,
              ['date'],
              `${date} is before change ${String(before.data['number'])} (${earlier}, ${before.file}): numbers follow the order of the changes`,
            ),
          );
        }
      }
    }
    return problems;
  };
}
