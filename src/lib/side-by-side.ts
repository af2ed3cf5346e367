/**
 * The report and its translations aligned unit by unit for reading side by side: the heading,
 * the date line, then each paragraph. The content check keeps a translation's paragraphs one
 * for one with the original's and each recommendation in its paragraph, so unit N of every
 * language is the same passage; a mismatch here is a bug, and the build stops on it.
 */
import type { Lang } from '../i18n/locales.ts';
import { paragraphId, sideBySideUnits } from './anchors.ts';
import type { Edition } from './edition.ts';
import type { Segment } from './source-text.ts';

export type UnitKind = 'headline' | 'dateline' | 'paragraph';

/** One language's half of a unit. */
export interface Half {
  edition: Edition;
  lang: Lang;
  segments: Segment[];
}

export interface Unit {
  /** Its anchor: `headline`, `dateline`, `p1`, `p2` … */
  id: string;
  kind: UnitKind;
  /** A paragraph's number, from 1. */
  number?: number | undefined;
  /** One half per edition, in the editions' order (the original first). */
  halves: Half[];
}

const plain = (text: string): Segment[] => [{ text }];

/** The editions' units, aligned; `editions` in reading order, the original first. */
export function alignUnits(editions: readonly Edition[]): Unit[] {
  const [original] = editions;
  if (!original) return [];
  const count = original.text.paragraphs.length;
  for (const edition of editions) {
    if (edition.text.paragraphs.length !== count) {
      throw new Error(
        `content/${edition.lang}/declaration.md: ${edition.text.paragraphs.length} paragraphs where content/${original.lang}/declaration.md has ${count}`,
      );
    }
  }
  const halves = (segments: (edition: Edition) => Segment[]) =>
    editions.map((edition) => ({ edition, lang: edition.lang, segments: segments(edition) }));
  return [
    {
      id: sideBySideUnits.headline,
      kind: 'headline',
      halves: halves((e) => plain(e.text.headline)),
    },
    {
      id: sideBySideUnits.dateline,
      kind: 'dateline',
      halves: halves((e) => plain(e.text.dateline)),
    },
    ...original.text.paragraphs.map((paragraph, index) => ({
      id: paragraphId(paragraph.number),
      kind: 'paragraph' as const,
      number: paragraph.number,
      halves: halves((e) => e.text.paragraphs[index]?.segments ?? []),
    })),
  ];
}

/** The recommendations a half marks, by id, in the order they stand. */
export function recommendationsIn(half: Half): string[] {
  return half.segments.flatMap(({ mark }) => (mark?.kind === 'recommendation' ? [mark.id] : []));
}
