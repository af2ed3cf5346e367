import { describe, expect, it } from 'vitest';
import {
  type Change,
  changeInstants,
  lastChangeOf,
  latestChange,
  newestFirst,
} from '../../src/lib/changes';

const change = (number: number, date: string, pages: Change['pages']): Change => ({
  id: `change-${number}`,
  number,
  date: new Date(`${date}T00:00:00Z`),
  title: `Change ${number}`,
  why: 'Because.',
  pages,
});

const log = [
  change(2, '2020-02-01', ['recommendation', 'exports']),
  change(1, '2020-01-01', ['all']),
  change(3, '2020-03-01', ['home']),
];

describe('the log of changes', () => {
  it('lists the changes newest first, whatever order the files came in', () => {
    expect(newestFirst(log).map((c) => c.number)).toEqual([3, 2, 1]);
  });

  it('dates the edition by its latest change, and refuses an empty log', () => {
    expect(latestChange(log).id).toBe('change-3');
    expect(() => latestChange([])).toThrow(/empty/);
  });

  it('gives each kind of page the latest change that names it or every page', () => {
    expect(lastChangeOf(log, 'home')?.number).toBe(3);
    expect(lastChangeOf(log, 'recommendation')?.number).toBe(2);
    expect(lastChangeOf(log, 'topic')?.number).toBe(1);
  });

  it('dates the exports by the changes that name them: "every page" is pages only', () => {
    expect(lastChangeOf(log, 'exports')?.number).toBe(2);
    expect(lastChangeOf([change(1, '2020-01-01', ['all'])], 'exports')).toBeUndefined();
  });
});

describe('the instants of the changes (for feeds that sort by date-time)', () => {
  const sameDay = [
    change(4, '2020-03-02', ['home']),
    change(2, '2020-03-01', ['all']),
    change(1, '2020-01-01', ['all']),
    change(5, '2020-03-02', ['about']),
    change(3, '2020-03-01', ['topic']),
  ];
  const instants = changeInstants(sameDay);
  const iso = (id: string) => instants.get(id)?.toISOString();

  it('are distinct, and sorting by them gives the log’s order', () => {
    const byInstant = [...sameDay].sort(
      (a, b) => (instants.get(a.id)?.getTime() ?? 0) - (instants.get(b.id)?.getTime() ?? 0),
    );
    expect(byInstant.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set([...instants.values()].map((d) => d.getTime())).size).toBe(sameDay.length);
  });

  it('stay on the change’s day: noon UTC for the first of a day, a minute more for each later one', () => {
    expect(iso('change-1')).toBe('2020-01-01T12:00:00.000Z');
    expect(iso('change-2')).toBe('2020-03-01T12:00:00.000Z');
    expect(iso('change-3')).toBe('2020-03-01T12:01:00.000Z');
    expect(iso('change-4')).toBe('2020-03-02T12:00:00.000Z');
    expect(iso('change-5')).toBe('2020-03-02T12:01:00.000Z');
  });

  it('fall on the change’s own day wherever a feed reader shows them, from UTC-11 to UTC+11', () => {
    for (const c of sameDay) {
      const instant = instants.get(c.id)?.getTime() ?? NaN;
      for (const hours of [-11, 11]) {
        const local = new Date(instant + hours * 3_600_000).toISOString().slice(0, 10);
        expect(local, `${c.id} at UTC${hours > 0 ? '+' : ''}${hours}`).toBe(
          c.date.toISOString().slice(0, 10),
        );
      }
    }
  });
});
