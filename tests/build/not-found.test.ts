/**
 * Unknown addresses get the 404 page in their language: from the local server (nearest
 * 404.html, as Cloudflare Pages), from Netlify (a `_redirects` rule per translation), and on
 * hosts with a single 404 page (GitHub Pages, a bucket) the root page offers the French edition.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildHeaders } from '../../src/server/headers-file';
import { serveStatic, type StaticSite } from '../../src/server/static-server';
import { readDocument } from '../support/dist-pages';

const distDir = inject('distDir');
let site: StaticSite;

beforeAll(async () => {
  site = await serveStatic(distDir, '/', { headers: await buildHeaders(distDir) });
});

afterAll(async () => {
  await site.close();
});

describe('the 404 pages of the build', () => {
  it('Netlify gets a rule serving the French 404 page for unknown French addresses', async () => {
    // The short links' 301s come first (the whole file: tests/build/host-files.test.ts); this
    // rule is the last and the only 404.
    const rules = (await readFile(join(distDir, '_redirects'), 'utf8')).split('\n');
    expect(rules.filter((rule) => rule.endsWith(' 404'))).toEqual(['/fr/*  /fr/404.html  404']);
    expect(rules.slice(-2)).toEqual(['/fr/*  /fr/404.html  404', '']);
  });

  it('the root 404 page, which single-404 hosts serve everywhere, offers the French edition in French', async () => {
    const document = await readDocument(distDir, '404.html');
    const french = document.querySelector('main p[lang="fr"]');
    expect(french?.textContent).toContain('Page introuvable');
    expect(french?.querySelector('a[hreflang="fr"]')?.getAttribute('href')).toBe('/fr/');
    const english = (await readDocument(distDir, 'fr/404.html')).querySelector('main p[lang="en"]');
    expect(english?.querySelector('a')?.getAttribute('href')).toBe('/');
  });

  it('each 404 page’s language switch leads to the other edition’s home page, not its 404 page', async () => {
    const switchOf = async (file: string) =>
      (await readDocument(distDir, file)).querySelector('.language-switch a')?.getAttribute('href');
    expect(await switchOf('404.html')).toBe('/fr/');
    expect(await switchOf('fr/404.html')).toBe('/');
  });
});

describe('the local server on the build', () => {
  it('answers an unknown French address with the French 404 page', async () => {
    const res = await fetch(`${site.url}fr/recomandations/r3/`);
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('<html lang="fr"');
    expect(html).toContain('Page introuvable');
  });

  it('answers an unknown address elsewhere with the English one', async () => {
    const res = await fetch(`${site.url}recomandations/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('<html lang="en"');
  });

  it('answers a malformed address with 400 and the 404 page, its security headers included', async () => {
    const res = await fetch(`${site.url}a%ff/`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('Page not found');
  });
});
