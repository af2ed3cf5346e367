/**
 * Wrong deploy variables stop `astro build` when the config loads, before any build work:
 * every wrong variable is named, with an example of a good value, and no stack trace.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../support/run';

describe('a build with wrong deploy variables', () => {
  it('stops at once, naming each variable with a good example', async () => {
    const result = await run('astro', ['build'], {
      SITE_URL: 'example.org/brussels',
      BASE_PATH: '/brussels/../declaration/',
      OUT_DIR: 'tests/.output/deploy-settings-never-written',
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'Deploy settings are wrong; nothing was built:\n' +
        'SITE_URL="example.org/brussels" is not an absolute URL: give the site\'s origin, such as SITE_URL=https://example.org\n' +
        'BASE_PATH="/brussels/../declaration/" must not contain "." or ".." segments (links would leave the site), such as BASE_PATH=/brussels-declaration/ (or / for a domain root)',
    );
    expect(result.output).not.toMatch(/^\s+at |Stack trace|Location:/m);
    // Nothing was synced, checked or built.
    expect(result.output).not.toMatch(/Syncing content|content check|building/i);
  });

  it('refuses a SITE_URL that is not http(s) or has a path', async () => {
    const result = await run('astro', ['build'], {
      SITE_URL: 'https://example.org/brussels-declaration/',
      OUT_DIR: 'tests/.output/deploy-settings-never-written',
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'SITE_URL="https://example.org/brussels-declaration/" must be an origin without a path, query or fragment (put the path in BASE_PATH), such as SITE_URL=https://example.org',
    );
  });
});
