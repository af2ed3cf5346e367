import { describe, expect, it } from 'vitest';
import { notFoundLanguages, shortLinks } from '../../src/integrations/host-files';

describe('notFoundLanguages', () => {
  it('gives every translation its own 404 rule', () => {
    expect(notFoundLanguages({})).toEqual(['fr']);
  });

  it('gives none in a Cloudflare Pages build, which finds the nearest 404.html itself', () => {
    expect(notFoundLanguages({ CF_PAGES: '1' })).toEqual([]);
  });
});

describe('shortLinks', () => {
  it('finds each short link among the built pages and the recommendation page it leads to', () => {
    expect(
      shortLinks([
        '',
        'r/3/',
        'recommendations/r3/',
        'fr/r/12/',
        'fr/r/',
        'topics/r/3/',
        'de/r/1/',
      ]),
    ).toEqual([
      { from: '/r/3/', to: '/recommendations/r3/' },
      { from: '/fr/r/12/', to: '/fr/recommendations/r12/' },
    ]);
  });

  it('reads a page path with or without its slashes', () => {
    expect(shortLinks(['/r/1', 'r/2/'])).toEqual([
      { from: '/r/1/', to: '/recommendations/r1/' },
      { from: '/r/2/', to: '/recommendations/r2/' },
    ]);
  });

  it('lists them in language order, then by number', () => {
    expect(shortLinks(['fr/r/1/', 'r/10/', 'r/2/']).map((link) => link.from)).toEqual([
      '/r/2/',
      '/r/10/',
      '/fr/r/1/',
    ]);
  });
});
