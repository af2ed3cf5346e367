import { describe, expect, it } from 'vitest';
import { executedBytes } from './js-coverage';

describe('executedBytes', () => {
  it('counts the whole script when every range ran', () => {
    expect(
      executedBytes('abcdef', [{ ranges: [{ startOffset: 0, endOffset: 6, count: 1 }] }]),
    ).toBe(6);
  });

  it('leaves out a block inside a function that ran when the block itself never did', () => {
    const functions = [
      { ranges: [{ startOffset: 0, endOffset: 10, count: 1 }] },
      {
        ranges: [
          { startOffset: 2, endOffset: 8, count: 1 },
          { startOffset: 4, endOffset: 6, count: 0 },
        ],
      },
    ];
    expect(executedBytes('0123456789', functions)).toBe(8);
  });

  it('counts nothing of a function that was never called', () => {
    const functions = [
      { ranges: [{ startOffset: 0, endOffset: 4, count: 1 }] },
      { ranges: [{ startOffset: 4, endOffset: 10, count: 0 }] },
    ];
    expect(executedBytes('0123456789', functions)).toBe(4);
  });

  it('measures executed text in UTF-8 bytes', () => {
    expect(executedBytes('é€', [{ ranges: [{ startOffset: 0, endOffset: 2, count: 1 }] }])).toBe(5);
  });
});
