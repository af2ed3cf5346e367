import { describe, expect, it } from 'vitest';
import { editDistance, foldWord, slipsAllowed, wordDistance } from '../../src/lib/word-distance';

describe('foldWord', () => {
  it('drops case and accents, spells out ligatures and straightens apostrophes', () => {
    expect(foldWord('Contrefaçon')).toBe('contrefacon');
    expect(foldWord('CYBERCRIMINALITÉ')).toBe('cybercriminalite');
    expect(foldWord('mise en œuvre')).toBe('mise en oeuvre');
    expect(foldWord('l’OMD')).toBe("l'omd");
    expect(foldWord('Noël')).toBe('noel');
  });
});

describe('editDistance', () => {
  it('is zero for the same word and counts one for each kind of slip', () => {
    expect(editDistance('cybercrime', 'cybercrime')).toBe(0);
    // A letter missing, doubled, wrong, and two neighbours swapped.
    expect(editDistance('cybercrme', 'cybercrime')).toBe(1);
    expect(editDistance('custtoms', 'customs')).toBe(1);
    expect(editDistance('wildlafe', 'wildlife')).toBe(1);
    expect(editDistance('counterfieting', 'counterfeiting')).toBe(1);
  });

  it('adds up several slips, and is symmetric', () => {
    expect(editDistance('cybrcrme', 'cybercrime')).toBe(2);
    expect(editDistance('cybercrime', 'cybrcrme')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'aeo')).toBe(3);
  });

  it('stops early once the distance must exceed the limit', () => {
    expect(editDistance('cybercrime', 'wildlife', 2)).toBe(3);
    expect(editDistance('aeo', 'authorized', 1)).toBe(2);
    expect(editDistance('cybercrme', 'cybercrime', 1)).toBe(1);
  });
});

describe('wordDistance', () => {
  it('ignores accents and case, so an unaccented French word is no slip at all', () => {
    expect(wordDistance('contrefacon', 'contrefaçon')).toBe(0);
    expect(wordDistance('Mikurya', 'Mikuriya')).toBe(1);
    expect(wordDistance('cybercriminalte', 'cybercriminalité')).toBe(1);
    expect(wordDistance('douannes', 'douanes')).toBe(1);
  });
});

describe('slipsAllowed', () => {
  it('corrects no word under four letters, one slip up to six, two from seven', () => {
    expect(slipsAllowed('AEO')).toBe(0);
    expect(slipsAllowed('OMD')).toBe(0);
    expect(slipsAllowed('zone')).toBe(1);
    expect(slipsAllowed('custms')).toBe(1);
    expect(slipsAllowed('Mikurya')).toBe(2);
    expect(slipsAllowed('counterfieting')).toBe(2);
  });

  it('counts letters, not the bytes of accented ones', () => {
    expect(slipsAllowed('été')).toBe(0);
    expect(slipsAllowed('écœuré')).toBe(2);
  });
});
