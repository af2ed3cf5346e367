import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { loadEdition } from '../../src/lib/edition';
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
    // Each short link's 301 comes before the rewrite, which would otherwise serve its stub.
    const shortLinks = (await Promise.all(locales.map((lang) => loadEdition(lang)))).flatMap(
      ({ lang, recommendations }) =>
        recommendations.map(({ id, number }) => {
          const home = `${base}${lang === 'en' ? '' : `${lang}/`}`;
          return `${home}r/${number}/  ${home}recommendations/${id}/  301!`;
        }),
    );
    await expect(readFile(join(outDir, '_redirects'), 'utf8')).resolves.toBe(
      [...shortLinks, `${base}*  /:splat  200`, ''].join('\n'),
    );
  });
});
