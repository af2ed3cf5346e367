/**
 * The edition's log of changes, from `content/<lang>/changes/`: newest first, the edition's date
 * (its latest change's) and each kind of page's "last changed" date. Pure functions of the
 * changes, so they can be tested without a build.
 */
import type { ChangedPart, PageKind } from './page-kinds.ts';

export interface Change {
  /** Permanent id: `/changes/#<id>` and the feed entry's id. */
  id: string;
  /** Its place in the log, from 1. */
  number: number;
  date: Date;
  /** What changed, in one line. */
  title: string;
  /** Why. */
  why: string;
  /** The kinds of page it changed, `exports`, or `all`. */
  pages: readonly ChangedPart[];
}

/** Newest first: by number, which the content check keeps in date order. */
export function newestFirst<C extends Change>(changes: readonly C[]): C[] {
  return [...changes].sort((a, b) => b.number - a.number);
}

/** The latest change of all: its date is the edition's. */
export function latestChange<C extends Change>(changes: readonly C[]): C {
  const [latest] = newestFirst(changes);
  // The content check refuses an empty log; this only narrows the type.
  if (!latest) throw new Error('content/<lang>/changes/: the log of changes is empty');
  return latest;
}

/**
 * The instant each change is stamped with where a date-time is wanted (the Atom feeds, whose
 * readers sort by it). The log dates a change by its day only, and several share a day, so the
 * first change of a day (by number) is stamped noon UTC and each later one a minute after the
 * one before: sorting by instant gives the log's order. Noon, not midnight, so that a feed
 * reader showing local time shows the change's own day from UTC-11 to UTC+11. The minutes are
 * that order, not the time of day a change was made, which the log does not record.
 */
export function changeInstants(changes: readonly Change[]): Map<string, Date> {
  const noon = 12 * 3_600_000;
  const instants = new Map<string, Date>();
  const laterInDay = new Map<number, number>();
  for (const change of [...changes].sort((a, b) => a.number - b.number)) {
    const day = change.date.getTime();
    const before = laterInDay.get(day) ?? 0;
    laterInDay.set(day, before + 1);
    instants.set(change.id, new Date(day + noon + before * 60_000));
  }
  return instants;
}

/** Whether `change` changed pages of `kind` (or the exports): it names the kind, or `all` pages. */
export function changed(change: Change, kind: PageKind | 'exports'): boolean {
  return change.pages.includes(kind) || (kind !== 'exports' && change.pages.includes('all'));
}

/** The latest change to pages of `kind`, or to the exports; undefined if none names them. */
export function lastChangeOf<C extends Change>(
  changes: readonly C[],
  kind: PageKind | 'exports',
): C | undefined {
  return newestFirst(changes).find((change) => changed(change, kind));
}
