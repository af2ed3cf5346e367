import { describe, expect, it } from 'vitest';
import { joinElisions, splitElidedWords, splitElisions } from '../../src/lib/search-elision';

describe('search-elision', () => {
  it('splits each elided word from its word in the text, not in attributes', () => {
    expect(
      splitElisions(
        '<h1 data-pagefind-meta="title:L’OMD, centre d’excellence">L’OMD, centre d’excellence</h1><p>jusqu’à l’hospitalité qu’il a</p>',
      ),
    ).toBe(
      '<h1 data-pagefind-meta="title:L’OMD, centre d’excellence">L’ OMD, centre d’ excellence</h1><p>jusqu’ à l’ hospitalité qu’ il a</p>',
    );
  });

  it('splits one before an element that holds its word', () => {
    expect(splitElisions('<p>de l’<abbr title="x">OMD</abbr></p>')).toBe(
      '<p>de l’ <abbr title="x">OMD</abbr></p>',
    );
    expect(splitElidedWords('centre d’excellence')).toBe('centre d’ excellence');
  });

  it('leaves an English possessive or contraction alone', () => {
    expect(splitElisions('<p>the WCO’s role, it’s here</p>')).toBe(
      '<p>the WCO’s role, it’s here</p>',
    );
  });

  it('joins them again, also at the end of a piece of text', () => {
    expect(joinElisions('L’ OMD, centre d’ excellence')).toBe('L’OMD, centre d’excellence');
    expect(joinElisions('programme de l’ ')).toBe('programme de l’');
    expect(joinElisions('the WCO’s role')).toBe('the WCO’s role');
    expect(joinElisions('de <mark>l’</mark> <mark>OMD</mark>')).toBe(
      'de <mark>l’</mark><mark>OMD</mark>',
    );
  });
});
