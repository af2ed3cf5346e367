import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('lists the edition’s PDF files after the pages, and names a listed one that is gone', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'public-urls-'));
    try {
      await mkdir(join(dist, 'fr'));
      await writeFile(join(dist, 'index.html'), '<main><h2 id="text">Text</h2></main>');
      await writeFile(join(dist, 'edition.en.pdf'), '%PDF-1.7');
      await writeFile(join(dist, 'fr', 'edition.fr.pdf'), '%PDF-1.7');
      await writeFile(join(dist, 'notes.txt'), 'not a permanent file');
      expect(await collectPublicUrls(dist)).toEqual([
        '/',
        '/#text',
        '/edition.en.pdf',
        '/fr/edition.fr.pdf',
      ]);
      expect(await missingFromBuild(dist, ['/edition.en.pdf', '/edition.de.pdf'])).toEqual([
        '/edition.de.pdf',
      ]);
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });
});
