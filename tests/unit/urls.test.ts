import { describe, expect, it } from 'vitest';
import {
  pagePath,
  recommendationAnchorPath,
  recommendationPath,
  splitLocale,
  topicPath,
  translatePath,
} from '../../src/lib/urls';

describe('urls', () => {
  it('builds page paths from ids with a trailing slash', () => {
    expect(recommendationPath('en', 'r3', '/')).toBe('/recommendations/r3/');
    expect(topicPath('en', 'cybercrime', '/')).toBe('/topics/cybercrime/');
    expect(pagePath('en', [], '/')).toBe('/');
  });

  it('puts every path under the base path', () => {
    expect(recommendationPath('en', 'r3', '/brussels-declaration/')).toBe(
      '/brussels-declaration/recommendations/r3/',
    );
    expect(recommendationPath('en', 'r3', '/brussels-declaration')).toBe(
      '/brussels-declaration/recommendations/r3/',
    );
  });

  it('anchors a recommendation in the full text by its id', () => {
    expect(recommendationAnchorPath('en', 'r6', '/')).toBe('/#r6');
  });

  it('reads the language of a path and keeps the rest when translating', () => {
    expect(splitLocale('/recommendations/r3/', '/')).toEqual({
      lang: 'en',
      rest: 'recommendations/r3/',
    });
    expect(translatePath('/base/recommendations/r3/', 'en', '/base/')).toBe(
      '/base/recommendations/r3/',
    );
  });
});
