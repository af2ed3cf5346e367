import { describe, expect, it } from 'vitest';
import { type Change, lastChangeOf, latestChange, newestFirst } from '../../src/lib/changes';

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
