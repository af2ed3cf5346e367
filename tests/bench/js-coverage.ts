/**
 * Bytes of a script that actually ran, from V8's precise block coverage (what Playwright's
 * `page.coverage.stopJSCoverage()` returns for Chromium).
 */
export interface CoverageRange {
  startOffset: number;
  endOffset: number;
  count: number;
}

export interface FunctionCoverage {
  ranges: CoverageRange[];
}

/**
 * V8 reports nested ranges: a function's whole extent first, then the blocks inside it that
 * ran a different number of times. Painting outer ranges before inner ones leaves each
 * character with the count of its innermost range; the characters with a count above zero
 * ran, and their UTF-8 length is the figure.
 */
export function executedBytes(source: string, functions: readonly FunctionCoverage[]): number {
  const ran = new Uint8Array(source.length);
  const ranges = functions
    .flatMap((fn) => fn.ranges)
    .sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  for (const range of ranges) {
    ran.fill(range.count > 0 ? 1 : 0, range.startOffset, Math.min(range.endOffset, source.length));
  }
  let bytes = 0;
  let start = -1;
  for (let i = 0; i <= source.length; i++) {
    if (i < source.length && ran[i] === 1) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      bytes += Buffer.byteLength(source.slice(start, i));
      start = -1;
    }
  }
  return bytes;
}
