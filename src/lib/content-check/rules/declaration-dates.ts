/**
 * The declaration's dates tell one story: the Conference ends on or after its first day, the
 * declaration is adopted during it, and the source reports it on or after that day.
 */
import { calendarDateProblem } from '../../content-schema.ts';
import { problemAt, type Rule } from '../rule.ts';

const dateAt = (data: Record<string, unknown>, path: readonly string[]) => {
  const value = path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as never)[key] : undefined),
    data,
  );
  return typeof value === 'string' && calendarDateProblem(value) === undefined ? value : undefined;
};

const isoDateAt = (data: Record<string, unknown>, field: string) => dateAt(data, field.split('.'));

/**
 * [field, earliest, latest]: the field's date must fall between the two others. The first
 * failure is reported alone: one wrong date would otherwise break every later comparison.
 */
const order: [string, string | undefined, string | undefined, string][] = [
  ['conference.end', 'conference.start', undefined, 'the Conference ends before it starts'],
  ['adopted', 'conference.start', 'conference.end', 'must fall within the Conference'],
  [
    'source.published',
    'adopted',
    undefined,
    'the source cannot report the declaration before its adoption',
  ],
];

export const declarationDatesRule: Rule = (set) =>
  set.entries
    .filter((entry) => entry.kind === 'declaration')
    .flatMap((entry) => {
      for (const [field, earliest, latest, reason] of order) {
        const date = isoDateAt(entry.data, field);
        const from = earliest && isoDateAt(entry.data, earliest);
        const to = latest && isoDateAt(entry.data, latest);
        if (!date) continue;
        if ((from && date < from) || (to && date > to)) {
          const range = [from && `${earliest} ${from}`, to && `${latest} ${to}`]
            .filter(Boolean)
            .join(', ');
          return [problemAt(entry, field.split('.'), `${date}: ${reason} (${range})`)];
        }
      }
      return [];
    });
