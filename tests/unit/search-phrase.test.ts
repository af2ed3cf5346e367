import { describe, expect, it } from 'vitest';
import {
  foldedWords,
  holdsPhrases,
  nestedQuotes,
  numberedEntry,
  quotedPhrases,
} from '../../src/lib/search-phrase';

describe('search-phrase', () => {
  it('finds the phrases of two words or more in any quotation marks', () => {
    expect(quotedPhrases('"capacity building" WCO')).toEqual(['capacity building']);
    expect(quotedPhrases('“Capacity  Building” and « renforcement des capacités »')).toEqual([
      'capacity building',
      'renforcement des capacites',
    ]);
    // One quoted word is a word, which Pagefind already takes as written.
    expect(quotedPhrases('"AEO" training')).toEqual([]);
    expect(quotedPhrases('capacity building')).toEqual([]);
  });

  it('holds a phrase only as a run of whole words in its order', () => {
    const text = 'build capacity based on the WCO capacity building programme.';
    expect(holdsPhrases(text, ['capacity building programme'])).toBe(true);
    expect(holdsPhrases(text, ['programme building'])).toBe(false);
    expect(holdsPhrases(text, ['capacity build'])).toBe(false);
    expect(holdsPhrases(text, ['capacity building', 'the wco'])).toBe(true);
    // Not across a sentence's end, into what follows it.
    expect(holdsPhrases('in the field of AEO. Concerns: The WCO.', ['aeo concerns'])).toBe(false);
  });

  it('does not count case, accents, apostrophes or punctuation', () => {
    expect(foldedWords('L’Organisation mondiale des douanes (OMD) :')).toBe(
      'l organisation mondiale des douanes omd',
    );
    expect(
      holdsPhrases('le renforcement des capacités de l’OMD', ['renforcement des capacites']),
    ).toBe(true);
  });

  it('repeats a query in a message with the inner quotation marks of its language', () => {
    expect(nestedQuotes('"programme building"', 'en')).toBe('‘programme building’');
    expect(nestedQuotes('"capacity building" WCO', 'fr')).toBe('“capacity building” WCO');
    expect(nestedQuotes('“capacity building”', 'en')).toBe('‘capacity building’');
    expect(nestedQuotes('« renforcement des capacités » OMD', 'fr')).toBe(
      '“renforcement des capacités” OMD',
    );
    expect(nestedQuotes('cybercrime', 'en')).toBe('cybercrime');
  });

  it('knows a query that names one entry by kind and number, in either language', () => {
    expect(numberedEntry('recommendation 3')).toEqual({ type: 'recommendation', number: '3' });
    expect(numberedEntry('  Recommandation  03 ')).toEqual({ type: 'recommendation', number: '3' });
    expect(numberedEntry('Thème 2')).toEqual({ type: 'topic', number: '2' });
    expect(numberedEntry('rec 3')).toEqual({ type: 'recommendation', number: '3' });
    expect(numberedEntry('recommendation 3 training')).toBeUndefined();
    expect(numberedEntry('paragraph 3')).toBeUndefined();
  });
});
