import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLinks, describeLinkProblem } from '../support/check-links';

const fixture = fileURLToPath(new URL('../fixtures/links-dist', import.meta.url));

describe('the link checker', () => {
  it('reports each broken URL in pages, stylesheets and the sitemap, and nothing else', async () => {
    const { problems } = await checkLinks(fixture, {
      basePath: '/',
      site: 'http://localhost:4321',
    });
    expect(problems.map(describeLinkProblem)).toEqual([
      'about/index.html: img[src] "http://127.0.0.1:8080/photo.png": points at a local address, not at http://localhost:4321',
      'about/index.html: link[rel="canonical"] "http://localhost:4321/": not the page\'s own address http://localhost:4321/about/',
      'index.html: a[href] "/missing/": no file in the build for /missing/',
      'index.html: a[href] "/about/#nowhere": no element with id "nowhere" on /about/',
      'sitemap-0.xml: sitemap "https://example.org/about/": not under http://localhost:4321/',
      'style.css: url() "missing.png": no file in the build for /missing.png',
    ]);
  });

  it('counts what it checked, so an empty check cannot pass for a clean one', async () => {
    const { checked, pages } = await checkLinks(fixture);
    expect(pages).toBe(2);
    // 9 URLs on the home page, 4 on /about/, 1 in the CSS, 1 in the sitemap, 1 in robots.txt.
    expect(checked).toBe(16);
  });

  it('reads every link as under the base path, so a root link on a sub-path site is broken', async () => {
    const { problems } = await checkLinks(fixture, {
      basePath: '/sub/',
      site: 'http://localhost:4321',
    });
    expect(problems.find((p) => p.url === '/about/')?.reason).toBe('outside the base path /sub/');
    expect(problems.find((p) => p.source === 'Sitemap')?.reason).toBe(
      'not under http://localhost:4321/sub/',
    );
  });
});
