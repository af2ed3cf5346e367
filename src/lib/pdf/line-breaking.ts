/**
 * Breaks a paragraph of styled runs into lines of a given width, greedily, at spaces only (no
 * hyphenation, so every word of the source stays whole and searchable). Pure: the widths come
 * from a `measure` function, so the same code serves the PDF (fontkit widths) and unit tests.
 */

/** A run of text in one style; `R` carries whatever the caller needs to draw it. */
export interface Run {
  text: string;
}

/** Part of a run placed on a line, `x` from the line's start. */
export interface Piece<R extends Run> {
  run: R;
  text: string;
  x: number;
  width: number;
}

export interface Line<R extends Run> {
  pieces: Piece<R>[];
  /** Width of the line's text, without the space after its last word. */
  width: number;
}

/** Measures `text` as `run`'s style sets it. */
export type Measure<R extends Run> = (text: string, run: R) => number;

/** A stretch with no break opportunity in it (it may cross runs), and the space that follows. */
interface Unit<R extends Run> {
  parts: { run: R; text: string }[];
  space: { run: R; text: string } | undefined;
}

/** Runs as units: breaks are allowed at white space (never at a no-break space). */
function units<R extends Run>(runs: readonly R[]): Unit<R>[] {
  const result: Unit<R>[] = [];
  let current: Unit<R> = { parts: [], space: undefined };
  for (const run of runs) {
    for (const token of run.text.split(/([ \t\n]+)/)) {
      if (!token) continue;
      if (/^[ \t\n]+$/.test(token)) {
        // A space closes the unit; spaces before any word (or doubled) collapse into it.
        if (current.parts.length) {
          current.space = { run, text: ' ' };
          result.push(current);
          current = { parts: [], space: undefined };
        }
      } else {
        current.parts.push({ run, text: token });
      }
    }
  }
  if (current.parts.length) result.push(current);
  return result;
}

/** Splits a unit wider than the line (a long address) after `/`, `.` or `-`, else anywhere. */
function splitWide<R extends Run>(unit: Unit<R>, maxWidth: number, measure: Measure<R>): Unit<R>[] {
  const pieces: Unit<R>[] = [];
  let current: Unit<R> = { parts: [], space: undefined };
  let width = 0;
  for (const part of unit.parts) {
    const chunks = part.text.match(/[^/.-]*[/.-]?/g)?.filter(Boolean) ?? [part.text];
    for (const chunk of chunks.flatMap((c) => (measure(c, part.run) > maxWidth ? [...c] : [c]))) {
      const chunkWidth = measure(chunk, part.run);
      if (width + chunkWidth > maxWidth && current.parts.length) {
        pieces.push(current);
        current = { parts: [], space: undefined };
        width = 0;
      }
      const last = current.parts.at(-1);
      if (last && last.run === part.run) last.text += chunk;
      else current.parts.push({ run: part.run, text: chunk });
      width += chunkWidth;
    }
  }
  current.space = unit.space;
  pieces.push(current);
  return pieces;
}

/**
 * The runs broken into lines no wider than `maxWidth`. Consecutive parts of one run on a line
 * are merged into one piece, so a line holds as few pieces as it has style changes.
 */
export function breakLines<R extends Run>(
  runs: readonly R[],
  maxWidth: number,
  measure: Measure<R>,
): Line<R>[] {
  const lines: Line<R>[] = [];
  let pieces: Piece<R>[] = [];
  let x = 0;
  let width = 0;
  const place = (run: R, text: string) => {
    const w = measure(text, run);
    const last = pieces.at(-1);
    if (last && last.run === run) {
      last.text += text;
      last.width += w;
    } else {
      pieces.push({ run, text, x, width: w });
    }
    x += w;
  };
  const finish = () => {
    if (!pieces.length) return;
    // The space after the line's last word stays in the text (a screen reader or a copy keeps
    // the words apart) but not in the line's width.
    lines.push({ pieces, width });
    pieces = [];
    x = 0;
    width = 0;
  };
  const all = units(runs).flatMap((unit) => {
    const unitWidth = unit.parts.reduce((sum, part) => sum + measure(part.text, part.run), 0);
    return unitWidth > maxWidth ? splitWide(unit, maxWidth, measure) : [unit];
  });
  for (const unit of all) {
    const unitWidth = unit.parts.reduce((sum, part) => sum + measure(part.text, part.run), 0);
    if (pieces.length && x + unitWidth > maxWidth) finish();
    for (const part of unit.parts) place(part.run, part.text);
    width = x;
    if (unit.space) place(unit.space.run, unit.space.text);
  }
  finish();
  return lines;
}
