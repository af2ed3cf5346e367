import { describe, expect, it } from 'vitest';
import { breakLines, type Run } from '../../src/lib/pdf/line-breaking';

interface Styled extends Run {
  name: string;
}

/** Every character is one point wide, so widths are lengths. */
const measure = (text: string) => text.length;
const run = (name: string, text: string): Styled => ({ name, text });
const lineTexts = (lines: ReturnType<typeof breakLines<Styled>>) =>
  lines.map((line) => line.pieces.map((piece) => piece.text).join(''));

describe('breaking styled runs into lines', () => {
  it('fills each line with whole words and keeps the space after a line’s last word', () => {
    const lines = breakLines([run('a', 'one two three four')], 9, measure);
    expect(lineTexts(lines)).toEqual(['one two ', 'three ', 'four']);
    expect(lines.map((line) => line.width)).toEqual([7, 5, 4]);
  });

  it('never breaks where runs meet without a space: a mark and its full stop stay together', () => {
    const lines = breakLines(
      [run('text', 'aaaa bbbb'), run('mark', 'cc'), run('text', '.')],
      8,
      measure,
    );
    expect(lineTexts(lines)).toEqual(['aaaa ', 'bbbbcc.']);
    expect(lines[1]?.pieces.map((piece) => [piece.run.name, piece.text, piece.x])).toEqual([
      ['text', 'bbbb', 0],
      ['mark', 'cc', 4],
      ['text', '.', 6],
    ]);
  });

  it('keeps a no-break space unbroken, so an editors’ number stays with its first word', () => {
    const lines = breakLines(
      [run('text', 'xxxx '), run('number', '3\u00a0'), run('mark', 'yy zz')],
      7,
      measure,
    );
    expect(lineTexts(lines)).toEqual(['xxxx ', '3\u00a0yy zz']);
  });

  it('collapses runs of white space and drops white space before the first word', () => {
    expect(lineTexts(breakLines([run('a', '  one \n\n two  ')], 40, measure))).toEqual([
      'one two ',
    ]);
  });

  it('splits a word wider than the line after a slash, as in a long address', () => {
    const lines = breakLines([run('a', 'see https://example.org/a/long/path')], 16, measure);
    expect(lineTexts(lines)).toEqual(['see ', 'https://example.', 'org/a/long/path']);
    expect(Math.max(...lines.map((line) => line.width))).toBeLessThanOrEqual(16);
  });
});
