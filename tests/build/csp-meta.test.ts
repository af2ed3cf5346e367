/**
 * Every built page carries the Content-Security-Policy as a `<meta>`, before any script or
 * stylesheet (a `<meta>` policy governs only what follows it): reading pages, short links
 * (`/r/N/`) and both 404 pages alike, for hosts that cannot send the header.
 */
import { describe, expect, inject, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/security-headers';
import { isHtml, listFiles, readDocument } from '../support/dist-pages';

const distDir = inject('distDir');
const pages = (await listFiles(distDir)).filter(isHtml);

describe('the CSP <meta> of every page', () => {
  it('is on the short links and both 404 pages too', () => {
    expect(pages).toContain('404.html');
    expect(pages).toContain('fr/404.html');
    expect(pages).toContain('r/1/index.html');
    expect(pages).toContain('fr/r/1/index.html');
  });

  it.each(pages)('%s has the policy before any script or stylesheet', async (page) => {
    const document = await readDocument(distDir, page);
    const head = [...document.head.children];
    const policy = head.findIndex(
      (element) => element.getAttribute('http-equiv') === 'Content-Security-Policy',
    );
    expect(policy, 'no CSP <meta>').toBeGreaterThanOrEqual(0);
    expect(head[policy]?.getAttribute('content')).toBe(contentSecurityPolicy('meta'));
    const firstLoad = head.findIndex(
      (element) =>
        (element.tagName === 'SCRIPT' && element.hasAttribute('src')) ||
        (element.tagName === 'LINK' && element.getAttribute('rel') === 'stylesheet'),
    );
    if (firstLoad >= 0) expect(policy).toBeLessThan(firstLoad);
    expect(document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')).toHaveLength(1);
  });
});
