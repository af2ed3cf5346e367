import { describe, expect, it } from 'vitest';
import {
  directiveFor,
  encodeTerm,
  formatDirective,
  withDirective,
} from '../../src/lib/text-fragment';

const block = 'The Conference encouraged the WCO to provide more training in the field of AEO.';
const words = { min: block.indexOf('to provide'), max: block.indexOf('.') };

describe('text fragments', () => {
  it('percent-encodes terms and also escapes the dash, comma and ampersand', () => {
    expect(encodeTerm('AEO-led, 1 & 2')).toBe('AEO%2Dled%2C%201%20%26%202');
  });

  it('writes prefix, start, end and suffix in the order the syntax requires', () => {
    expect(formatDirective({ prefix: 'the WCO', start: 'to provide', suffix: '.' })).toBe(
      'text=the%20WCO-,to%20provide,-.',
    );
    expect(formatDirective({ start: 'a b', end: 'c d' })).toBe('text=a%20b,c%20d');
  });

  it('adds the directive after the page’s own fragment, or starts one', () => {
    expect(withDirective('https://example.org/#r3', { start: 'AEO' })).toBe(
      'https://example.org/#r3:~:text=AEO',
    );
    expect(withDirective('https://example.org/recommendations/r3/', { start: 'AEO' })).toBe(
      'https://example.org/recommendations/r3/#:~:text=AEO',
    );
  });

  it('widens a selection to whole words and takes context from the text around it', () => {
    const start = block.indexOf('rovide');
    const end = block.indexOf('aining') + 3;
    expect(directiveFor(block, { start, end }, words)).toEqual({
      prefix: 'the WCO to',
      start: 'provide more training',
      end: undefined,
      suffix: 'in the field',
    });
  });

  it('keeps the selection inside the quoted words', () => {
    expect(directiveFor(block, { start: 0, end: block.length }, words)).toEqual({
      prefix: 'encouraged the WCO',
      start: 'to provide more training in the field of AEO',
      end: undefined,
      suffix: '.',
    });
  });

  it('links a long selection by its first and last words', () => {
    const long =
      'participate in WCO projects to develop utility blocks that will enable Customs to improve cooperation';
    expect(directiveFor(long, { start: 0, end: long.length })).toEqual({
      prefix: undefined,
      start: 'participate in WCO projects',
      end: 'Customs to improve cooperation',
      suffix: undefined,
    });
  });

  it('gives nothing for a selection outside the words or of spaces only', () => {
    expect(directiveFor(block, { start: 0, end: 10 }, words)).toBeUndefined();
    expect(directiveFor('a    b', { start: 2, end: 4 })).toBeUndefined();
  });
});
