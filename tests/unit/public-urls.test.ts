import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectPublicUrls, missingFromBuild, parsePublicUrls } from '../support/public-urls';

const fixture = fileURLToPath(new URL('../fixtures/links-dist', import.meta.url));

describe('the public URL list', () => {
  it('collects every page and the ids of its headings, not other ids', async () => {
    expect(await collectPublicUrls(fixture)).toEqual(['/', '/about/', '/about/#team']);
  });

  it('names each listed page or anchor that the build no longer has', async () => {
    const listed = ['/', '/#main', '/about/#team', '/about/#history', '/old-page/'];
    expect(await missingFromBuild(fixture, listed)).toEqual(['/about/#history', '/old-page/']);
  });

  it('reads one URL a line and skips comments and blank lines', () => {
    expect(parsePublicUrls('# a comment\n/\n\n/#r3\n  /about/  \n')).toEqual([
      '/',
      '/#r3',
      '/about/',
    ]);
  });
});
