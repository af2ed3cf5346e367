import { describe, expect, it } from 'vitest';
import {
  basePath,
  checkNoOverrides,
  DeployEnvError,
  deploySettings,
  localSite,
  siteUrl,
} from '../../src/lib/deploy-env';

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

  it('refuses what is not a URL, naming the variable and giving a good value', () => {
    expect(() => siteUrl({ SITE_URL: 'example.org' })).toThrow(
      'SITE_URL="example.org" is not an absolute URL: give the site\'s origin, such as SITE_URL=https://example.org',
    );
  });

  it('refuses an address that is not http or https, or that holds a password', () => {
    expect(() => siteUrl({ SITE_URL: 'ftp://example.org' })).toThrow(
      'SITE_URL="ftp://example.org" must be an http or https address, such as SITE_URL=https://example.org',
    );
    expect(() => siteUrl({ SITE_URL: 'javascript:alert(1)' })).toThrow(/must be an http or https/);
    expect(() => siteUrl({ SITE_URL: 'https://user:secret@example.org' })).toThrow(
      /must not hold a user name or password/,
    );
  });

  it('keeps a port', () => {
    expect(siteUrl({ SITE_URL: 'http://127.0.0.1:8080/' })).toBe('http://127.0.0.1:8080');
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
    expect(() => basePath({ BASE_PATH: 'https://example.org/site/' })).toThrow(/BASE_PATH/);
    expect(() => basePath({ BASE_PATH: '/a?b/' })).toThrow(/BASE_PATH/);
    expect(() => basePath({ BASE_PATH: '/a%2e/' })).toThrow(/BASE_PATH/);
  });

  it('refuses . and .. segments, which would lead links out of the site', () => {
    for (const value of ['/..', '/a/../b/', './', '/a/./b', '..']) {
      expect(() => basePath({ BASE_PATH: value }), value).toThrow(
        `BASE_PATH="${value}" must not contain "." or ".." segments (links would leave the site), such as BASE_PATH=/brussels-declaration/ (or / for a domain root)`,
      );
    }
  });

  it('accepts dots inside a segment', () => {
    expect(basePath({ BASE_PATH: '/v1.2/' })).toBe('/v1.2/');
    expect(basePath({ BASE_PATH: '/.well/' })).toBe('/.well/');
  });
});

describe('deploySettings', () => {
  it('gives site and base for the config', () => {
    expect(
      deploySettings({ SITE_URL: 'https://example.org', BASE_PATH: 'brussels-declaration' }),
    ).toEqual({ site: 'https://example.org', base: '/brussels-declaration/' });
    expect(deploySettings({})).toEqual({ site: localSite, base: '/' });
  });

  it('reports every wrong variable at once, one per line, without a stack trace', () => {
    let error: unknown;
    try {
      deploySettings({ SITE_URL: 'example.org', BASE_PATH: '/a/../b/' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DeployEnvError);
    expect((error as DeployEnvError).message).toBe(
      [
        'Deploy settings are wrong; nothing was built:',
        'SITE_URL="example.org" is not an absolute URL: give the site\'s origin, such as SITE_URL=https://example.org',
        'BASE_PATH="/a/../b/" must not contain "." or ".." segments (links would leave the site), such as BASE_PATH=/brussels-declaration/ (or / for a domain root)',
      ].join('\n'),
    );
    expect((error as DeployEnvError).stack).toBe('');
  });

  it('also refuses BASE_URL or SITE overriding them', () => {
    expect(() => deploySettings({ BASE_PATH: '/a/', BASE_URL: '/' })).toThrow(
      'BASE_URL=/ is set in the environment and would override /a/ in every page; unset it and use BASE_PATH',
    );
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
