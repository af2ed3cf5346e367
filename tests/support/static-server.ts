/**
 * Serves a built site on 127.0.0.1 the way a static host does: `/path/` serves
 * `/path/index.html`, a missing file serves `404.html` with status 404, text is sent gzipped
 * to a client that accepts it, and the site can live under a base path.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Types a host compresses; Pagefind's index files and images are compressed already. */
const compressible = new Set(['.html', '.css', '.js', '.json', '.xml', '.txt', '.svg']);

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

export interface StaticSite {
  /** Origin plus base path, ending in a slash, such as `http://127.0.0.1:40123/`. */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Extra response headers for a request path, as a host applying `_headers` would send. */
  headers?: (pathname: string) => Record<string, string>;
}

export async function serveStatic(
  root: string,
  basePath = '/',
  options: ServeOptions = {},
): Promise<StaticSite> {
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file: string | undefined;
    if (pathname.startsWith(basePath)) {
      const inside = normalize(pathname.slice(basePath.length)).replace(/^(\.\.[/\\])+/, '');
      const candidate = join(root, inside);
      if (await isFile(candidate)) file = candidate;
      else if (await isFile(join(candidate, 'index.html'))) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${pathname}/` }).end();
          return;
        }
        file = join(candidate, 'index.html');
      }
    }
    const status = file ? 200 : 404;
    const body = file ?? join(root, '404.html');
    const gzip =
      compressible.has(extname(body)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(status, {
      'Content-Type': types[extname(body)] ?? 'application/octet-stream',
      // Revalidate rather than `no-store`, which would also bar the back/forward cache.
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      ...options.headers?.(pathname),
    });
    const stream = createReadStream(body);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    // Open keep-alive connections end too, so a closed site answers nothing at all.
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
