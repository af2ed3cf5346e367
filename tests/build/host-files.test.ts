/**
 * The host files of the two builds, read back and applied: `_headers` lets other sites' code
 * fetch the public data files with the right media types, and `_redirects` sends each short
 * link to its page with a 301 (the meta-refresh page stays for hosts without redirects).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { loadEdition } from '../../src/lib/edition';
import { buildHeaders, parseHeadersFile } from '../../src/server/headers-file';
import { serveStatic, type StaticSite } from '../../src/server/static-server';
import { listFiles, readDocument } from '../support/dist-pages';

const distDir = inject('distDir');
const subPath = inject('subPathSite');
const editions = await Promise.all(locales.map((lang) => loadEdition(lang)));

/** The files the site publishes for programs, and the media type each must be sent with. */
const dataFile =
  /(^|\/)(declaration\.json|declaration\.schema\.json|declaration\.akn\.xml|cite\.(bib|ris|json)|changes\/feed\.atom)$/;
const mediaTypes: [RegExp, string][] = [
  [/cite\.bib$/, 'application/x-bibtex; charset=utf-8'],
  [/cite\.ris$/, 'application/x-research-info-systems; charset=utf-8'],
  [/cite\.json$/, 'application/vnd.citationstyles.csl+json; charset=utf-8'],
  [/\.akn\.xml$/, 'application/akn+xml; charset=utf-8'],
  [/\.atom$/, 'application/atom+xml; charset=utf-8'],
];

/** Each short link's path and the page it refreshes to, as its stub in a build says. */
async function refreshTargets(dir: string): Promise<[string, string][]> {
  const stubs = (await listFiles(dir)).filter((f) => /^([a-z]{2}\/)?r\/\d+\/index\.html$/.test(f));
  return Promise.all(
    stubs.map(async (file) => {
      const document = await readDocument(dir, file);
      const refresh = document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
      return [file.replace(/index\.html$/, ''), refresh?.replace(/^0; url=/, '') ?? ''];
    }),
  );
}

let site: StaticSite;

beforeAll(async () => {
  site = await serveStatic(distDir, '/', { headers: await buildHeaders(distDir) });
});

afterAll(async () => {
  await site.close();
});

describe('_headers of the build', () => {
  it('lets code on other sites fetch every public data file, with its media type and charset', async () => {
    const files = (await listFiles(distDir)).filter((file) => dataFile.test(file));
    // Both languages' data, citations and feeds, and the one schema.
    expect(files).toContain('fr/declaration.json');
    expect(files).toContain('declaration.schema.json');
    expect(files).toContain('fr/recommendations/r6/cite.ris');
    expect(files).toContain('fr/changes/feed.atom');
    for (const file of files) {
      const res = await fetch(`${site.url}${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers.get('access-control-allow-origin'), file).toBe('*');
      const type = mediaTypes.find(([pattern]) => pattern.test(file))?.[1];
      if (type) expect(res.headers.get('content-type'), file).toBe(type);
    }
  });

  it('names each data file’s media type in _headers itself, for hosts that would guess', async () => {
    // The local server knows these types without the file; a host knows only what it says.
    const headers = await buildHeaders(distDir);
    const files = (await listFiles(distDir)).filter((file) => dataFile.test(file));
    const typed = files.filter((file) => mediaTypes.some(([pattern]) => pattern.test(file)));
    expect(typed).toContain('fr/recommendations/r6/cite.bib');
    for (const file of typed) {
      const type = mediaTypes.find(([pattern]) => pattern.test(file))?.[1];
      expect(headers(`/${file}`)['Content-Type'], file).toBe(type);
    }
  });

  it('opens nothing else to other sites: pages, scripts, the PDF and the search index', async () => {
    const others = (await listFiles(distDir)).filter(
      (file) => !dataFile.test(file) && !['_headers', '_redirects'].includes(file),
    );
    expect(others).toContain('index.html');
    expect(others).toContain('brussels-declaration-2013.en.pdf');
    for (const file of others) {
      const res = await fetch(`${site.url}${file}`, { method: 'HEAD' });
      expect(res.headers.get('access-control-allow-origin'), file).toBeNull();
    }
  });

  it('keeps within Cloudflare Pages’ 100 rules in both builds', async () => {
    for (const dir of [distDir, subPath.distDir]) {
      const rules = parseHeadersFile(await readFile(join(dir, '_headers'), 'utf8'));
      expect(rules.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('_redirects of the build', () => {
  /** The short-link rules a build must have: one per recommendation, in each language. */
  const shortLinkRules = (base: string) =>
    editions.flatMap((edition) =>
      edition.recommendations.map((r) => {
        const home = `${base}${edition.lang === 'en' ? '' : `${edition.lang}/`}`;
        return `${home}r/${r.number}/  ${home}recommendations/${r.id}/  301!`;
      }),
    );

  it('sends each short link to its page with a 301, then gives French addresses their 404 page', async () => {
    expect(await readFile(join(distDir, '_redirects'), 'utf8')).toBe(
      [...shortLinkRules('/'), '/fr/*  /fr/404.html  404', ''].join('\n'),
    );
  });

  it('sends each to the page its meta-refresh stub names, in both builds', async () => {
    for (const [dir, base] of [
      [distDir, '/'],
      [subPath.distDir, subPath.basePath],
    ] as const) {
      const rules = new Map(
        (await readFile(join(dir, '_redirects'), 'utf8'))
          .split('\n')
          .map((line) => line.split(/\s+/))
          .filter(([, , status]) => status === '301!')
          .map(([from = '', to = '']) => [from, to]),
      );
      const stubs = await refreshTargets(dir);
      expect(stubs.length).toBe(editions.flatMap((e) => e.recommendations).length);
      expect(rules.size).toBe(stubs.length);
      for (const [path, target] of stubs) {
        expect(rules.get(`${base}${path}`), path).toBe(target);
      }
    }
  });
});
