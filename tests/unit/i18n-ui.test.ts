import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import {
  checkDictionary,
  formatDate,
  formatDateRange,
  isoDate,
  translate,
  useTranslations,
} from '../../src/i18n/ui';

describe('the UI dictionary schema', () => {
  it('accepts the English dictionary', () => {
    expect(checkDictionary('en', en)).toEqual(en);
  });

  it('rejects a dictionary with a missing key, naming the key', () => {
    const { 'nav.home': _omitted, ...rest } = en;
    expect(() => checkDictionary('fr', rest)).toThrow(/src\/i18n\/fr\.ts: nav\.home:/);
  });

  it('rejects a dictionary with an extra key, naming the key', () => {
    expect(() => checkDictionary('fr', { ...en, 'nav.extra': 'Extra' })).toThrow(/nav\.extra/);
  });

  it('rejects an empty string', () => {
    expect(() => checkDictionary('fr', { ...en, 'nav.home': '' })).toThrow(/nav\.home/);
  });
});

describe('translate', () => {
  it('fills named placeholders', () => {
    expect(translate('en', 'recommendation.label', { number: 3 })).toBe('Recommendation 3');
    expect(translate('en', 'footer.source', { source: 'WCO', date: '5 July 2013' })).toBe(
      'Source: WCO, 5 July 2013.',
    );
  });

  it('leaves a placeholder without a value visible rather than dropping it', () => {
    expect(translate('en', 'recommendation.label')).toBe('Recommendation {number}');
  });

  it('is bound to one language by useTranslations', () => {
    const t = useTranslations('en');
    expect(t('nav.home')).toBe(en['nav.home']);
  });
});

describe('dates', () => {
  it('formats a date as the source writes it, 2 July 2013', () => {
    expect(formatDate('en', new Date('2013-07-02'))).toBe('2 July 2013');
  });

  it('does not shift a date by a day in any time zone', () => {
    expect(formatDate('en', new Date('2013-07-02T23:30:00Z'))).toBe('2 July 2013');
    expect(formatDate('en', new Date('2013-07-02T00:00:00Z'))).toBe('2 July 2013');
  });

  it('formats a span of days within one month once, with an en dash: 1 – 2 July 2013', () => {
    // British English in ICU sets the dash between thin spaces (U+2009).
    expect(formatDateRange('en', new Date('2013-07-01'), new Date('2013-07-02'))).toBe(
      '1\u2009–\u20092 July 2013',
    );
  });

  it('gives ISO dates for datetime attributes', () => {
    expect(isoDate(new Date('2013-07-05'))).toBe('2013-07-05');
  });
});
