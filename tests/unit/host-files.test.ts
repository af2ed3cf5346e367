import { describe, expect, it } from 'vitest';
import { notFoundLanguages } from '../../src/integrations/host-files';

describe('notFoundLanguages', () => {
  it('gives every translation its own 404 rule', () => {
    expect(notFoundLanguages({})).toEqual(['fr']);
  });

  it('gives none in a Cloudflare Pages build, which finds the nearest 404.html itself', () => {
    expect(notFoundLanguages({ CF_PAGES: '1' })).toEqual([]);
  });
});
