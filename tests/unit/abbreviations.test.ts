import { describe, expect, it } from 'vitest';
import { abbreviate } from '../../src/lib/abbreviations';

const expansions = new Map([
  ['AEO', 'Authorized Economic Operator'],
  ['WCO', 'World Customs Organization'],
  ['OMD', 'Organisation mondiale des douanes'],
]);

describe('abbreviate', () => {
  it('expands the first appearance of each acronym on the page, and no other', () => {
    expect(
      abbreviate(['Operators (AEOs); the WCO', ' and the WCO, in the field of AEO'], expansions),
    ).toEqual([
      [
        { text: 'Operators (' },
        { text: 'AEOs', expansion: 'Authorized Economic Operator' },
        { text: '); the ' },
        { text: 'WCO', expansion: 'World Customs Organization' },
      ],
      [{ text: ' and the WCO, in the field of AEO' }],
    ]);
  });

  it('keeps the text word for word: the pieces join back into it', () => {
    const texts = ['le rôle de l’OMD en tant que', 'centre', '', 'AEO'];
    const pieces = abbreviate(texts, expansions);
    expect(pieces.map((run) => run.map((p) => p.text).join(''))).toEqual(texts);
    expect(pieces[0]?.[1]).toEqual({ text: 'OMD', expansion: 'Organisation mondiale des douanes' });
  });

  it('matches whole words only, in capitals, and carries what it has seen across calls', () => {
    expect(abbreviate(['WCOs WCOX aeo XAEO'], expansions)[0]).toEqual([
      { text: 'WCOs', expansion: 'World Customs Organization' },
      { text: ' WCOX aeo XAEO' },
    ]);
    const seen = new Set(['AEO']);
    expect(abbreviate(['AEO'], expansions, seen)).toEqual([[{ text: 'AEO' }]]);
  });

  it('leaves text as it is without a glossary', () => {
    expect(abbreviate(['WCO'], new Map())).toEqual([[{ text: 'WCO' }]]);
  });
});
