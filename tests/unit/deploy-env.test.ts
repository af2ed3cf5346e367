import { describe, expect, it } from 'vitest';
import { basePath, checkNoOverrides, localSite, siteUrl } from '../../src/lib/deploy-env';

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

describe('checkNoOverrides', () => {
  it('fails when BASE_URL or SITE in the environment would override the configured ones', () => {
    expect(() => checkNoOverrides({ BASE_PATH: '/brussels-declaration/', BASE_URL: '/' })).toThrow(
      /BASE_URL=\/ is set in the environment/,
    );
    expect(() =>
      checkNoOverrides({ SITE_URL: 'https://example.org', SITE: 'http://localhost:4321' }),
    ).toThrow(/use SITE_URL/);
  });

  it('accepts BASE_URL and SITE when they agree with the configuration', () => {
    expect(() =>
      checkNoOverrides({
        BASE_PATH: '/brussels-declaration/',
        BASE_URL: '/brussels-declaration',
        SITE_URL: 'https://example.org',
        SITE: 'https://example.org/',
      }),
    ).not.toThrow();
    expect(() => checkNoOverrides({})).not.toThrow();
  });
});
