/**
 * `npm start` and `npm run preview`: serves the built site from `dist/` on
 * http://localhost:4321, the address every canonical and permanent link of a default build
 * points at (or on the port of a local `SITE_URL`), with the security headers of its
 * `_headers` file, as a host would. That port or nothing: if it is taken, the server says so
 * and stops, rather than serve where no link points. Runs on Node directly (type stripping).
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { basePath, localSite, siteUrl } from '../lib/deploy-env.ts';
import { buildHeaders } from './headers-file.ts';
import { serveStatic } from './static-server.ts';

/** The build's own origin when it is this machine, else the default local one. */
function localOrigin(): URL {
  try {
    const site = new URL(siteUrl(process.env));
    if (['localhost', '127.0.0.1'].includes(site.hostname) && site.port) return site;
  } catch {
    // A wrong SITE_URL was already refused by the build; serve at the default address.
  }
  return new URL(localSite);
}

const origin = localOrigin();
const port = Number(origin.port);
const root = resolve(process.env.OUT_DIR ?? 'dist');
const fromHere = relative(process.cwd(), root);
const shown = fromHere && !fromHere.startsWith('..') && !isAbsolute(fromHere) ? fromHere : root;

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!existsSync(join(root, 'index.html'))) {
  stop(`Nothing to serve: ${shown}/ has no index.html. Build the site first: npm run build`);
}

let base = '/';
try {
  base = basePath(process.env);
} catch (error) {
  stop((error as Error).message);
}

const headers = await buildHeaders(root);

try {
  await serveStatic(root, base, { port, headers });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    stop(
      `Port ${port} is already in use, perhaps by another npm start: stop that server and try again. ` +
        `(This one will not move to another port: every link in the build points at ${port}.)`,
    );
  }
  stop(`Could not serve ${shown}/: ${(error as Error).message}`);
}

console.log(`Serving ${shown}/ at ${origin.origin}${base} (press Ctrl+C to stop)`);
