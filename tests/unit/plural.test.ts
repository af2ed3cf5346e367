import { describe, expect, it } from 'vitest';
import { recommendationCountKey } from '../../src/lib/plural';

describe('recommendationCountKey', () => {
  it('says plainly when there is no recommendation', () => {
    expect(recommendationCountKey('en', 0)).toBe('topic.recommendationCount.zero');
  });

  it('uses the singular for one', () => {
    expect(recommendationCountKey('en', 1)).toBe('topic.recommendationCount.one');
  });

  it('uses the plural for two or more', () => {
    expect(recommendationCountKey('en', 2)).toBe('topic.recommendationCount.other');
    expect(recommendationCountKey('en', 6)).toBe('topic.recommendationCount.other');
  });
});
