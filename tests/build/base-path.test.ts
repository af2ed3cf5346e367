import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkLinks, describeLinkProblem } from '../support/check-links';

/** The run's one sub-path build (tests/support/global-setup.ts); its search is in the browser layer. */
const { distDir: outDir, basePath: base, site } = inject('subPathSite');

describe('a build under a sub-path', () => {
  it('keeps every link, asset, anchor, canonical URL and sitemap entry under the sub-path', async () => {
    const { problems, checked, pages } = await checkLinks(outDir, { basePath: base, site });
    expect(problems.map(describeLinkProblem)).toEqual([]);
    expect(pages).toBeGreaterThan(1);
    expect(checked).toBeGreaterThan(pages);
  });

  it('points robots.txt at the sitemap under the sub-path', async () => {
    const robots = await readFile(join(outDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${site}${base}sitemap-index.xml`);
  });

  it('writes host files that serve the sub-path from the upload', async () => {
    const headers = await readFile(join(outDir, '_headers'), 'utf8');
    expect(headers).toContain(`${base}_astro/*`);
    await expect(readFile(join(outDir, '_redirects'), 'utf8')).resolves.toBe(
      `${base}*  /:splat  200\n`,
    );
  });
});
