import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticSite } from '../../src/server/static-server';

/** The raw response, undecoded, so the test sees what went over the wire. */
function get(url: string, acceptEncoding?: string, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const headers = acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {};
      request(url, { headers, method }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

const page = '<!doctype html><title>Page</title><p>' + 'words '.repeat(200);
const index = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
let root: string;
let site: StaticSite;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'static-server-'));
  await mkdir(join(root, 'topics'));
  await mkdir(join(root, 'pagefind'));
  await writeFile(join(root, 'topics', 'index.html'), page);
  await writeFile(join(root, '404.html'), '<!doctype html><title>Not found</title>');
  await mkdir(join(root, 'fr', 'topics'), { recursive: true });
  await writeFile(join(root, 'fr', '404.html'), '<!doctype html><title>Page introuvable</title>');
  await writeFile(join(root, 'fr', 'topics', 'index.html'), page);
  await writeFile(join(root, 'pagefind', 'en.pf_meta'), index);
  await mkdir(join(root, 'changes'));
  for (const file of [
    'cite.bib',
    'cite.ris',
    'cite.json',
    'declaration.json',
    'declaration.akn.xml',
    'sitemap-0.xml',
    'changes/feed.atom',
  ]) {
    await writeFile(join(root, file), 'data');
  }
  site = await serveStatic(root, '/base/', {
    headers: (path) => ({
      'X-Test': 'yes',
      // As `_headers` names a citation file's type by a pattern, for ids that exist or not.
      ...(path.endsWith('/cite.bib')
        ? { 'Content-Type': 'application/x-bibtex; charset=utf-8' }
        : {}),
    }),
  });
});

afterAll(async () => {
  await site.close();
  await rm(root, { recursive: true, force: true });
});

describe('the static server of the tests and the bench', () => {
  it('gzips a page for a client that accepts gzip, as a host does', async () => {
    const res = await get(`${site.url}topics/`, 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.body.length).toBeLessThan(page.length);
    expect(gunzipSync(res.body).toString()).toBe(page);
  });

  it('sends the page as is to a client that does not accept gzip', async () => {
    const res = await get(`${site.url}topics/`);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe(page);
  });

  it('leaves Pagefind files alone, as they are compressed already', async () => {
    const res = await get(`${site.url}pagefind/en.pf_meta`, 'gzip');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.equals(index)).toBe(true);
  });

  it('serves each data file with the media type the _headers file names, without it', async () => {
    const types = {
      'cite.bib': 'application/x-bibtex; charset=utf-8',
      'cite.ris': 'application/x-research-info-systems; charset=utf-8',
      'cite.json': 'application/vnd.citationstyles.csl+json; charset=utf-8',
      'declaration.json': 'application/json; charset=utf-8',
      'declaration.akn.xml': 'application/akn+xml; charset=utf-8',
      'sitemap-0.xml': 'application/xml; charset=utf-8',
      'changes/feed.atom': 'application/atom+xml; charset=utf-8',
    };
    for (const [file, type] of Object.entries(types)) {
      expect((await get(`${site.url}${file}`)).headers['content-type'], file).toBe(type);
    }
  });

  it('lets the back/forward cache keep pages, and adds the caller’s headers', async () => {
    const res = await get(`${site.url}topics/`, 'gzip');
    expect(res.headers['cache-control']).not.toMatch(/no-store/);
    expect(res.headers['x-test']).toBe('yes');
  });

  it('redirects a folder without its slash and answers a missing path with 404.html', async () => {
    expect((await get(`${site.url}topics`)).headers.location).toBe('/base/topics/');
    const missing = await get(`${site.url}nowhere/`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('Not found');
  });

  it('sends the 404 page as HTML even where a header rule names a data file’s type', async () => {
    const missing = await get(`${site.url}recommendations/r99/cite.bib`);
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(missing.headers['x-test']).toBe('yes');
  });

  it('answers an unknown French address with the French 404 page, as Cloudflare Pages does', async () => {
    for (const path of ['fr/nowhere/', 'fr/topics/nowhere/', 'fr/a/b/c']) {
      const res = await get(`${site.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.body.toString(), path).toContain('Page introuvable');
    }
    expect((await get(`${site.url}french/`)).body.toString()).toContain('Not found');
  });

  it('answers an address that cannot be decoded with 400 and the 404 page, never a 500', async () => {
    const english = await get(`${site.url}a%ff/`);
    expect(english.status).toBe(400);
    expect(english.body.toString()).toContain('Not found');
    expect(english.headers['x-test']).toBe('yes');
    const french = await get(`${site.url}fr/a%ff/`);
    expect(french.status).toBe(400);
    expect(french.body.toString()).toContain('Page introuvable');
    expect((await get(`${site.url}%00/`)).status).toBe(400);
    expect((await get(`${site.url}%E0%A4%A/`)).status).toBe(400);
  });

  it('never serves a file outside the site, however the path is written', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'static-server-outside-'));
    await writeFile(join(outside, 'secret.txt'), 'secret');
    const up = `..%2f${'..%2f'.repeat(8)}`;
    for (const path of [
      `${up}${outside.slice(1)}/secret.txt`,
      `%2e%2e/%2e%2e/${outside.slice(1)}/secret.txt`,
    ]) {
      const res = await get(`${site.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.body.toString()).not.toContain('secret');
    }
    await rm(outside, { recursive: true, force: true });
  });

  it('keeps the query when it adds the slash, answers HEAD without a body, and refuses POST', async () => {
    expect((await get(`${site.url}topics?q=aeo`)).headers.location).toBe('/base/topics/?q=aeo');
    const head = await get(`${site.url}topics/`, undefined, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const post = await get(`${site.url}topics/`, undefined, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });
});
