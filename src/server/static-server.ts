/**
 * Serves a built site on 127.0.0.1 the way a static host does: `/path/` serves
 * `/path/index.html`, a folder without its slash is redirected, text is sent gzipped to a
 * client that accepts it, and the site can live under a base path. A missing address gets the
 * nearest `404.html` up the folder tree with status 404, as Cloudflare Pages does, so an
 * unknown French address gets the French page; an address that cannot be decoded (`/a%ff/`)
 * gets the same page with status 400. No request ever gets a stack trace.
 *
 * One server for `npm start`, the tests and the bench. Runs on Node directly (type stripping):
 * erasable TypeScript only, imports with `.ts`.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { mediaTypeOf } from '../lib/media-types.ts';

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
const compressible = new Set(['.html', '.css', '.js', '.json', '.xml', '.atom', '.txt', '.svg']);

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
  /** Port on 127.0.0.1; 0, the default, takes any free port. */
  port?: number;
}

/** The file for a decoded path inside the site, or undefined if it would leave the root. */
function inside(root: string, path: string): string | undefined {
  const file = resolve(root, `.${path.startsWith('/') ? '' : '/'}${path}`);
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

/**
 * The `404.html` nearest to `path` (a path inside the site, `/fr/a/b/`), walking up to the
 * site's root as Cloudflare Pages does: `/fr/…` gets `fr/404.html`.
 */
async function nearestNotFound(root: string, path: string): Promise<string> {
  const folders = path.split('/').filter(Boolean);
  for (let depth = folders.length; depth > 0; depth--) {
    const candidate = inside(root, `/${folders.slice(0, depth).join('/')}/404.html`);
    if (candidate && (await isFile(candidate))) return candidate;
  }
  return join(root, '404.html');
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  file: string,
  headers: Record<string, string>,
) {
  const gzip =
    compressible.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(status, {
    // The data files' own types first, as `_headers` names them for a host (media-types.ts).
    'Content-Type':
      mediaTypeOf(basename(file)) ?? types[extname(file)] ?? 'application/octet-stream',
    // Revalidate rather than `no-store`, which would also bar the back/forward cache.
    'Cache-Control': 'no-cache',
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    ...headers,
    // A rule for a data file's pattern (`/recommendations/:id/cite.bib`) also matches a missing
    // id: its 404 page is still HTML, and with `nosniff` a browser would not show it otherwise.
    ...(status === 200 ? {} : { 'Content-Type': types['.html'] ?? 'text/html; charset=utf-8' }),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  // A file that disappears mid-request ends that response, never the server.
  stream.on('error', () => res.destroy());
  (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
}

export async function serveStatic(
  rootDir: string,
  basePath = '/',
  options: ServeOptions = {},
): Promise<StaticSite> {
  const root = resolve(rootDir);
  const headersFor = (pathname: string) => options.headers?.(pathname) ?? {};

  async function respond(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...headersFor('/') }).end();
      return;
    }
    // Only the path matters, still percent-encoded. A request line that is not a path is
    // answered like a path that cannot be decoded.
    const raw = URL.parse(`http://localhost${req.url ?? '/'}`)?.pathname ?? '/%';
    const within = raw.startsWith(basePath) ? raw.slice(basePath.length - 1) : undefined;
    let pathname: string;
    try {
      pathname = decodeURIComponent(raw);
      if (pathname.includes('\0')) throw new URIError('NUL in path');
    } catch {
      // Not a path any file can have: the nearest 404 page, with the status that says why.
      send(req, res, 400, await nearestNotFound(root, within ?? '/'), headersFor(raw));
      return;
    }
    const path = within === undefined ? undefined : decodeURIComponent(within);
    const candidate = path === undefined ? undefined : inside(root, path);
    if (candidate && (await isFile(candidate))) {
      send(req, res, 200, candidate, headersFor(pathname));
      return;
    }
    if (candidate && (await isFile(join(candidate, 'index.html')))) {
      if (!raw.endsWith('/')) {
        const query = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
        res.writeHead(301, { Location: `${raw}/${query}`, ...headersFor(pathname) }).end();
        return;
      }
      send(req, res, 200, join(candidate, 'index.html'), headersFor(pathname));
      return;
    }
    send(req, res, 404, await nearestNotFound(root, path ?? '/'), headersFor(pathname));
  }

  const server: Server = createServer((req, res) => {
    respond(req, res).catch(() => {
      // Whatever went wrong is the server's, not the reader's to see.
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal server error\n');
    });
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', fail);
      ready();
    });
  });
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
