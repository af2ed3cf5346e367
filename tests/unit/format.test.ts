import { describe, expect, it } from 'vitest';
import { aroundSlot, fillTemplate, pluralForm, translator } from '../../src/i18n/format';
import { clientStrings, translatePlural } from '../../src/i18n/ui';

describe('pluralForm', () => {
  it('says plainly when there is nothing', () => {
    expect(pluralForm('en-GB', 0)).toBe('zero');
    expect(pluralForm('fr-FR', 0)).toBe('zero');
  });

  it('uses the singular for one', () => {
    expect(pluralForm('en-GB', 1)).toBe('one');
    expect(pluralForm('fr-FR', 1)).toBe('one');
  });

  it('uses the plural for two or more', () => {
    expect(pluralForm('en-GB', 2)).toBe('other');
    expect(pluralForm('en-GB', 6)).toBe('other');
    expect(pluralForm('fr-FR', 2)).toBe('other');
  });
});

describe('fillTemplate', () => {
  it('fills every placeholder, inserting values as written', () => {
    expect(fillTemplate('{a} and {a}, {b}', { a: '$&', b: 2 })).toBe('$& and $&, 2');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(fillTemplate('{a} {missing}', { a: 'x' })).toBe('x {missing}');
  });
});

describe('one dictionary on both sides', () => {
  it('the browser translator and the server agree, plural forms included', () => {
    for (const lang of ['en', 'fr'] as const) {
      const t = translator(clientStrings(lang, ['search.count']));
      for (const count of [0, 1, 2, 1500]) {
        expect(t.plural('search.count', count, { query: 'aeo' })).toBe(
          translatePlural(lang, 'search.count', count, { query: 'aeo' }),
        );
      }
    }
  });

  it('formats the count for the language', () => {
    expect(translatePlural('fr', 'search.count', 1500, { query: 'x' })).toContain('1\u202f500');
  });
});

describe('dates in French', () => {
  it('write the first of the month as an ordinal, alone or opening a span', async () => {
    const { formatDate, formatDateRange } = await import('../../src/i18n/ui');
    const first = new Date('2013-07-01T00:00:00Z');
    const second = new Date('2013-07-02T00:00:00Z');
    expect(formatDate('fr', first)).toBe('1er juillet 2013');
    expect(formatDateRange('fr', first, second)).toMatch(/^1er\s?–\s?2 juillet 2013$/);
    expect(formatDate('fr', second)).toBe('2 juillet 2013');
    expect(formatDate('en', first)).toBe('1 July 2013');
  });
});

describe('aroundSlot', () => {
  it('cuts a filled string around one value, in the language’s order', () => {
    expect(
      aroundSlot((date) => fillTemplate('Le {date}, à {place}', { date, place: 'Bruxelles' })),
    ).toEqual(['Le ', ', à Bruxelles']);
    expect(aroundSlot((name) => fillTemplate('{name} wrote it', { name }))).toEqual([
      '',
      ' wrote it',
    ]);
  });
});
