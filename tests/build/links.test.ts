import { describe, expect, inject, it } from 'vitest';
import { basePath, siteUrl } from '../../src/lib/deploy-env';
import { checkLinks, describeLinkProblem } from '../support/check-links';

const distDir = inject('distDir');
const options = { basePath: basePath(process.env), site: siteUrl(process.env) };

describe('internal links in the build', () => {
  it('every URL in pages, CSS, sitemap and robots.txt resolves to a file or an element id', async () => {
    const { problems, checked, pages } = await checkLinks(distDir, options);
    expect(problems.map(describeLinkProblem)).toEqual([]);
    expect(pages).toBeGreaterThan(50);
    expect(checked).toBeGreaterThan(pages * 10);
  });
});
