import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';

/**
 * The run's one build under a sub-path (tests/support/global-setup.ts), as on GitHub Pages:
 * `/brussels-declaration/` on `https://example.org`, to prove every reuse URL carries it.
 */
const { distDir: outDir } = inject('subPathSite');

const page = async (path: string) => parseHTML(await readFile(join(outDir, path), 'utf8')).document;

describe('reuse under a base path', () => {
  it('sends short links to the permanent page under the base path', async () => {
    const document = await page('r/3/index.html');
    expect(document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
      '0; url=/brussels-declaration/recommendations/r3/',
    );
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://example.org/brussels-declaration/recommendations/r3/',
    );
  });

  it('puts preview images, data, citations and quote links under the base path', async () => {
    const document = await page('recommendations/r3/index.html');
    const meta = (key: string) =>
      document.querySelector(`meta[property="${key}"]`)?.getAttribute('content');
    expect(meta('og:image')).toBe('https://example.org/brussels-declaration/og/r3.png');
    const alternates = [...document.querySelectorAll('link[rel="alternate"][type]')].map((l) =>
      l.getAttribute('href'),
    );
    expect(alternates).toEqual([
      '/brussels-declaration/declaration.json',
      '/brussels-declaration/declaration.akn.xml',
    ]);
    expect(document.querySelector('a[download$=".bib"]')?.getAttribute('href')).toBe(
      '/brussels-declaration/recommendations/r3/cite.bib',
    );
    expect(document.querySelector('quote-link')?.getAttribute('data-url')).toBe(
      'https://example.org/brussels-declaration/recommendations/r3/',
    );
    const json = JSON.parse(await readFile(join(outDir, 'declaration.json'), 'utf8'));
    expect(json.recommendations[2].shortUrl).toBe('https://example.org/brussels-declaration/r/3/');
  });
});
