import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../support/check-links';

const fixture = fileURLToPath(new URL('../fixtures/links-dist', import.meta.url));

describe('the link checker', () => {
  it('reports a link to a missing page and an anchor missing from its page, and nothing else', async () => {
    const problems = await checkLinks(fixture, { basePath: '/', site: 'http://localhost:4321' });
    expect(problems).toEqual([
      {
        page: 'index.html',
        source: 'a[href]',
        url: '/missing/',
        reason: 'no file in the build for /missing/',
      },
      {
        page: 'index.html',
        source: 'a[href]',
        url: '/about/#nowhere',
        reason: 'no element with id "nowhere" on /about/',
      },
    ]);
  });

  it('reads every link as under the base path, so a root link on a sub-path site is broken', async () => {
    const problems = await checkLinks(fixture, {
      basePath: '/sub/',
      site: 'http://localhost:4321',
    });
    expect(problems.map((p) => p.url)).toContain('/about/');
    expect(problems.find((p) => p.url === '/about/')?.reason).toBe('outside the base path /sub/');
  });
});
