import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticSite } from '../support/static-server';

/** The raw response, undecoded, so the test sees what went over the wire. */
function get(url: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const headers = acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {};
      request(url, { headers }, (res) => {
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
  await writeFile(join(root, 'pagefind', 'en.pf_meta'), index);
  site = await serveStatic(root, '/base/', { headers: () => ({ 'X-Test': 'yes' }) });
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
});
