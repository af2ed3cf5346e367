/**
 * The service worker (`<base>sw.js`), built by `src/integrations/offline.ts` with the edition's
 * file lists written in. It downloads nothing on its own:
 *
 * - a page the reader opens is kept as it is served (network first, so a reader online always
 *   gets the current page; on a slow line a kept copy answers after a few seconds), with the
 *   assets it uses; the page of a first visit, which loaded before the worker, is kept when the
 *   worker starts, from the browser's cache where it can;
 * - the whole edition in one language is kept only when the reader asks (`keep`), after being
 *   told its size (`status`), and can be removed (`remove`);
 * - offline, an address that is not kept gets a page in its language listing what is.
 */
import type { OfflineConfig } from '../lib/offline/config.ts';
import {
  type KeptPage,
  languageOfPath,
  offlinePageHtml,
  titleOf,
} from '../lib/offline/offline-page.ts';

/** The parts of the service worker scope this worker uses (the DOM library has no types for them). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface WorkerScope {
  skipWaiting(): Promise<void>;
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<{ url: string }[]>;
  };
  readonly location: Location;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

declare const __OFFLINE_CONFIG__: OfflineConfig;
const config = __OFFLINE_CONFIG__;
const scope = self as unknown as WorkerScope;

/** Pages and assets the reader opened. */
const visitedCache = 'visited';
/** The whole edition in one language, as the reader kept it, per version. */
const editionCache = (lang: string, version = config.version) => `edition-${lang}-${version}`;
/** Stored last in a kept edition's cache: the edition is complete. */
const completeKey = `${config.base}__kept__`;
/** How long a page waits for the network before a kept copy answers instead. */
const networkPatience = 3000;

/** Pages are kept under their address without query or fragment. */
const keyOf = (url: URL) => `${url.origin}${url.pathname}`;

const inScope = (url: URL) =>
  url.origin === scope.location.origin &&
  url.pathname.startsWith(config.base) &&
  url.pathname !== `${config.base}sw.js`;

const isAsset = (url: URL) =>
  url.pathname.startsWith(`${config.base}_astro/`) || /\/favicon\.(svg|ico)$/.test(url.pathname);

async function match(request: Request | string): Promise<Response | undefined> {
  return caches.match(request, { ignoreSearch: true });
}

async function keepVisited(key: string, response: Response): Promise<void> {
  if (!response.ok || response.type !== 'basic') return;
  await (await caches.open(visitedCache)).put(key, response);
}

/** Every kept page of the language `pathname` belongs to, with its title. */
async function keptPages(pathname: string): Promise<KeptPage[]> {
  const language = languageOfPath(pathname, config);
  const pages = new Map<string, KeptPage>();
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      if (!url.pathname.endsWith('/') || pages.has(url.pathname)) continue;
      if (languageOfPath(url.pathname, config) !== language) continue;
      const title = titleOf((await (await cache.match(request))?.text()) ?? '');
      if (title) pages.set(url.pathname, { url: url.pathname, title });
    }
  }
  return [...pages.values()].sort((a, b) => a.url.localeCompare(b.url));
}

async function offlinePage(url: URL): Promise<Response> {
  const language = languageOfPath(url.pathname, config);
  const html = offlinePageHtml(config, language, await keptPages(url.pathname));
  return new Response(html, {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** A page: from the network, kept as it comes; a kept copy if the network fails or dawdles. */
async function navigate(event: FetchEvent, url: URL): Promise<Response> {
  const key = keyOf(url);
  const kept = await match(key);
  const network = fetch(event.request).then(async (response) => {
    await keepVisited(key, response.clone());
    return response;
  });
  event.waitUntil(network.catch(() => undefined));
  if (!kept) return network.catch(() => offlinePage(url));
  const patience = new Promise<Response>((answer) =>
    setTimeout(() => answer(kept), networkPatience),
  );
  return Promise.race([network, patience]).catch(() => kept);
}

/** A hashed asset never changes: a kept copy first, else the network, kept as it comes. */
async function asset(request: Request, url: URL): Promise<Response> {
  const kept = await match(request);
  if (kept) return kept;
  const response = await fetch(request);
  await keepVisited(keyOf(url), response.clone());
  return response;
}

/** Anything else (search index, PDF, data): the network, else a kept copy. */
async function other(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const kept = await match(request);
    if (kept) return kept;
    throw error;
  }
}

/** The hashed assets a page's HTML names. */
function assetsNamed(html: string, page: URL): URL[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)]
    .map((m) => new URL(m[1] ?? '', page))
    .filter((url) => inScope(url) && isAsset(url));
}

/**
 * Drops kept assets of earlier builds that no kept page names any more. A page kept from an
 * earlier build keeps its stylesheet, so it still reads well offline until it is opened again.
 */
async function dropUnusedAssets(): Promise<void> {
  const named = new Set(config.assets);
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      if (!url.pathname.endsWith('/')) continue;
      const html = (await (await cache.match(request))?.text()) ?? '';
      for (const asset of assetsNamed(html, url)) named.add(asset.pathname);
    }
  }
  const visited = await caches.open(visitedCache);
  for (const request of await visited.keys()) {
    const { pathname } = new URL(request.url);
    if (pathname.startsWith(`${config.base}_astro/`) && !named.has(pathname)) {
      await visited.delete(request);
    }
  }
}

scope.addEventListener('install', (event) => event.waitUntil(scope.skipWaiting()));

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await scope.clients.claim();
      await keepOpenPages();
      await dropUnusedAssets();
    })(),
  );
});

/** The files the worker answers for besides pages: the edition's, in every language. */
const known = new Set([
  ...config.assets,
  ...Object.values(config.languages).flatMap((l) => l.files),
]);

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!inScope(url)) return;
  const hashed = url.pathname.startsWith(`${config.base}_astro/`);
  if (request.mode === 'navigate') event.respondWith(navigate(event, url));
  // Every hashed asset, this build's or an earlier one's that a kept page still names.
  else if (hashed || (isAsset(url) && known.has(url.pathname))) {
    event.respondWith(asset(request, url));
  } else if (known.has(url.pathname)) event.respondWith(other(request));
  // Anything else (a missing favicon.ico, a preview image) goes to the network as if there
  // were no worker.
});

/**
 * A page open in a window and the assets its HTML names, kept unless kept already: the page of a
 * first visit loaded before this worker was in control. Fetched again, from the browser's cache
 * where it can; nothing else (the search index, other pages) is fetched.
 */
async function keepOpenPage(href: string): Promise<void> {
  const url = new URL(href);
  if (!inScope(url) || !url.pathname.endsWith('/') || (await match(keyOf(url)))) return;
  const response = await fetch(keyOf(url));
  if (!response.ok) return;
  const html = await response.clone().text();
  await keepVisited(keyOf(url), response);
  for (const asset of assetsNamed(html, url)) {
    if (!(await match(keyOf(asset)))) await keepVisited(keyOf(asset), await fetch(keyOf(asset)));
  }
}

async function keepOpenPages(): Promise<void> {
  const windows = await scope.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const client of windows) await keepOpenPage(client.url).catch(() => undefined);
}

async function status(lang: string) {
  const language = config.languages[lang];
  if (!language) throw new Error(`no edition in ${lang}`);
  const names = (await caches.keys()).filter((name) => name.startsWith(`edition-${lang}-`));
  const complete = async (name: string) =>
    Boolean(await (await caches.open(name)).match(completeKey));
  return {
    bytes: language.bytes,
    files: language.files.length,
    kept: names.includes(editionCache(lang)) && (await complete(editionCache(lang))),
    older: (await Promise.all(names.filter((n) => n !== editionCache(lang)).map(complete))).some(
      Boolean,
    ),
  };
}

/** Keeps every file of the edition in `lang`, telling `port` how far it got. */
async function keep(lang: string, port: MessagePort): Promise<void> {
  const language = config.languages[lang];
  if (!language) throw new Error(`no edition in ${lang}`);
  const name = editionCache(lang);
  const cache = await caches.open(name);
  const queue = [...language.files];
  let done = 0;
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const response = await fetch(file, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${file}: ${response.status}`);
      await cache.put(file, response);
      done += 1;
      port.postMessage({ type: 'progress', done, total: language.files.length });
    }
  };
  try {
    await Promise.all([worker(), worker(), worker(), worker()]);
    await cache.put(completeKey, new Response(config.version));
  } catch (error) {
    await caches.delete(name);
    throw error;
  }
  for (const other of await caches.keys()) {
    if (other.startsWith(`edition-${lang}-`) && other !== name) await caches.delete(other);
  }
}

async function remove(lang: string): Promise<void> {
  for (const name of await caches.keys()) {
    if (name.startsWith(`edition-${lang}-`)) await caches.delete(name);
  }
}

interface Message {
  type: 'status' | 'keep' | 'remove';
  lang?: string;
}

scope.addEventListener('message', (event) => {
  const message = event.data as Message;
  const [port] = event.ports;
  const lang = message.lang ?? config.defaultLang;
  const reply = async (work: () => Promise<object | void>) => {
    try {
      port?.postMessage({ type: 'done', ...(await work()) });
    } catch (error) {
      port?.postMessage({ type: 'failed', reason: String((error as Error).message ?? error) });
    }
  };
  if (message.type === 'status') event.waitUntil(reply(() => status(lang)));
  else if (message.type === 'keep' && port) event.waitUntil(reply(() => keep(lang, port)));
  else if (message.type === 'remove') event.waitUntil(reply(() => remove(lang)));
});
