import { describe, expect, it } from 'vitest';
import {
  candidatesFor,
  isKnown,
  knowsQuery,
  prepareVocabulary,
  queryWords,
  spellingAdvice,
} from '../../src/lib/spelling';

const english = prepareVocabulary({
  lang: 'en',
  words: {
    cybercrime: 5,
    customs: 20,
    custom: 1,
    counterfeiting: 3,
    mikuriya: 2,
    wildlife: 4,
    utility: 2,
    blocks: 2,
    AEO: 4,
    organization: 6,
    organisation: 1,
    training: 6,
    trading: 2,
  },
});

const french = prepareVocabulary({
  lang: 'fr',
  words: { contrefaçon: 3, cybercriminalité: 4, douanes: 12, douane: 3 },
});

describe('queryWords', () => {
  it('splits a query into runs of letters and digits, with where each starts', () => {
    expect(queryWords('l’OMD, 2013 cybercrme')).toEqual([
      { text: 'l', start: 0 },
      { text: 'OMD', start: 2 },
      { text: '2013', start: 7 },
      { text: 'cybercrme', start: 12 },
    ]);
  });
});

describe('isKnown', () => {
  it('knows a word the index holds, or the start of one, whatever its accents and case', () => {
    expect(isKnown('Cybercrime', english)).toBe(true);
    expect(isKnown('cyberc', english)).toBe(true);
    expect(isKnown('aeo', english)).toBe(true);
    expect(isKnown('contrefacon', french)).toBe(true);
    expect(isKnown('cybercrme', english)).toBe(false);
    expect(isKnown('contrefacon', english)).toBe(false);
  });
});

describe('knowsQuery', () => {
  it('is true only when every word of the query is known', () => {
    expect(knowsQuery('contrefacon', french)).toBe(true);
    expect(knowsQuery('contrefacon douane', french)).toBe(true);
    expect(knowsQuery('contrefacon customs', french)).toBe(false);
    expect(knowsQuery('   ', french)).toBe(false);
  });
});

describe('candidatesFor', () => {
  it('lists indexed words within the allowed slips, closest and most used first', () => {
    expect(candidatesFor('traning', english).candidates).toEqual([
      { shown: 'training', distance: 1 },
      { shown: 'trading', distance: 1 },
    ]);
    expect(candidatesFor('custms', english).candidates).toEqual([
      { shown: 'customs', distance: 1 },
    ]);
    expect(candidatesFor('organizaton', english).candidates).toEqual([
      { shown: 'organization', distance: 1 },
      { shown: 'organisation', distance: 2 },
    ]);
  });

  it('offers nothing for a word under four letters or with no close word', () => {
    expect(candidatesFor('aoe', english).candidates).toEqual([]);
    expect(candidatesFor('zzzzqx', english).candidates).toEqual([]);
  });
});

describe('spellingAdvice', () => {
  it('corrects the misspellings readers type, and says when the correction is clear', () => {
    for (const [typed, meant] of [
      ['cybercrme', 'cybercrime'],
      ['counterfieting', 'counterfeiting'],
      ['Mikurya', 'mikuriya'],
      ['wildlfe', 'wildlife'],
    ] as const) {
      const advice = spellingAdvice(typed, english);
      expect(advice.unknown, typed).toEqual([typed]);
      expect(advice.suggestions[0], typed).toBe(meant);
      expect(advice.clear, typed).toBe(meant);
    }
  });

  it('corrects a French word missing its accent and a letter', () => {
    expect(spellingAdvice('cybercriminalte', french).clear).toBe('cybercriminalité');
  });

  it('keeps the rest of the query as typed and corrects each unknown word', () => {
    expect(spellingAdvice('Utlity  blcoks!', english)).toEqual({
      unknown: ['Utlity', 'blcoks'],
      suggestions: ['utility  blocks!'],
      clear: 'utility  blocks!',
    });
  });

  it('offers several corrections, but calls none clear, when two are as close', () => {
    const advice = spellingAdvice('traning', english);
    expect(advice.suggestions).toEqual(['training', 'trading']);
    expect(advice.clear).toBeUndefined();
  });

  it('suggests nothing when one unknown word has no correction, or every word is known', () => {
    expect(spellingAdvice('cybercrme zzzzqx', english).suggestions).toEqual([]);
    expect(spellingAdvice('cybercrime customs', english)).toEqual({
      unknown: [],
      suggestions: [],
      clear: undefined,
    });
  });
});
