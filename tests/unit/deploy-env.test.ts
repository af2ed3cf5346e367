import { describe, expect, it } from 'vitest';
import { basePath, localSite, siteUrl } from '../../src/lib/deploy-env';

describe('siteUrl', () => {
  it('defaults to the local preview address', () => {
    expect(siteUrl({})).toBe(localSite);
    expect(siteUrl({ SITE_URL: '  ' })).toBe(localSite);
  });

  it('keeps only the origin of SITE_URL', () => {
    expect(siteUrl({ SITE_URL: 'https://example.org' })).toBe('https://example.org');
    expect(siteUrl({ SITE_URL: 'https://example.org/' })).toBe('https://example.org');
  });

  it('refuses a SITE_URL with a path, pointing to BASE_PATH', () => {
    expect(() => siteUrl({ SITE_URL: 'https://example.org/site/' })).toThrow(/BASE_PATH/);
  });

  it('refuses a SITE_URL with a query or fragment', () => {
    expect(() => siteUrl({ SITE_URL: 'https://example.org/?a=1' })).toThrow(/origin/);
    expect(() => siteUrl({ SITE_URL: 'https://example.org/#top' })).toThrow(/origin/);
  });
});

describe('basePath', () => {
  it('defaults to the root', () => {
    expect(basePath({})).toBe('/');
    expect(basePath({ BASE_PATH: '/' })).toBe('/');
  });

  it('always has a leading and a trailing slash', () => {
    expect(basePath({ BASE_PATH: 'brussels-declaration' })).toBe('/brussels-declaration/');
    expect(basePath({ BASE_PATH: '/brussels-declaration' })).toBe('/brussels-declaration/');
    expect(basePath({ BASE_PATH: '/a/b/' })).toBe('/a/b/');
  });

  it('refuses what is not a URL path', () => {
    expect(() => basePath({ BASE_PATH: '/with space/' })).toThrow(/BASE_PATH/);
    expect(() => basePath({ BASE_PATH: '/a//b/' })).toThrow(/BASE_PATH/);
  });
});
