import { describe, expect, it } from 'vitest';
import { basePath, checkNoOverrides, siteUrl } from '../../src/lib/deploy-env';

describe('deploy-env', () => {
  it('reads the site origin and the base path, defaulting to the local preview at the root', () => {
    expect(siteUrl({})).toBe('http://localhost:4321');
    expect(basePath({})).toBe('/');
    expect(siteUrl({ SITE_URL: 'https://example.org/' })).toBe('https://example.org');
    expect(basePath({ BASE_PATH: 'brussels-declaration' })).toBe('/brussels-declaration/');
    expect(basePath({ BASE_PATH: '' })).toBe('/');
  });

  it('refuses a site URL with a path, which belongs in BASE_PATH', () => {
    expect(() => siteUrl({ SITE_URL: 'https://example.org/brussels-declaration/' })).toThrow(
      /BASE_PATH/,
    );
  });

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
