import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { loadEdition } from '../../src/lib/edition';

const distDir = inject('distDir');
const edition = await loadEdition('en');

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => !relative(distDir, file).startsWith('pagefind'));
}

/** Every page a reader can land on; short links only redirect and are checked apart. */
async function pages() {
  const files = await htmlFiles(distDir);
  const parsed = await Promise.all(
    files.map(async (file) => ({
      path: relative(distDir, file),
      document: parseHTML(await readFile(file, 'utf8')).document,
    })),
  );
  return parsed.filter((p) => !p.document.querySelector('meta[http-equiv="refresh"]'));
}

/** A language's 404 page answers at any missing address, so it names no address of its own. */
const isNotFound = (path: string) => /(^|\/)404\.html$/.test(path);

const meta = (document: Document, key: string) =>
  document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

/** The built file an absolute URL of the site points to. */
function distFile(url: string, document: Document): string {
  const canonical = new URL(document.querySelector('link[rel="canonical"]')!.getAttribute('href')!);
  const base = new URL(import.meta.env.BASE_URL ?? '/', canonical.origin).pathname;
  return join(distDir, new URL(url).pathname.slice(base.length));
}

/** Width, height and size of a PNG, read from its signature and IHDR chunk. */
async function pngInfo(file: string) {
  const bytes = await readFile(file);
  return {
    signature: bytes.subarray(0, 8).toString('hex'),
    chunk: bytes.subarray(12, 16).toString('ascii'),
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    size: (await stat(file)).size,
  };
}

describe('page metadata', () => {
  it('gives every page a title, description, canonical URL, Open Graph and Twitter tags', async () => {
    const all = await pages();
    expect(all.length).toBeGreaterThan(20);
    for (const { path, document } of all) {
      const problems = [
        ['title', document.title],
        ['description', meta(document, 'description')],
        isNotFound(path)
          ? ['robots noindex', meta(document, 'robots')?.includes('noindex') ? 'ok' : '']
          : ['canonical', document.querySelector('link[rel="canonical"]')?.getAttribute('href')],
        ...['og:title', 'og:description', 'og:type', 'og:image', 'og:image:alt'].map((key) => [
          key,
          meta(document, key),
        ]),
        ['og:url', isNotFound(path) ? 'not expected' : meta(document, 'og:url')],
        ['og:image:width', meta(document, 'og:image:width') === '1200' ? 'ok' : ''],
        ['og:image:height', meta(document, 'og:image:height') === '630' ? 'ok' : ''],
        ['twitter:card', meta(document, 'twitter:card') === 'summary_large_image' ? 'ok' : ''],
        ...['twitter:title', 'twitter:description', 'twitter:image'].map((key) => [
          key,
          meta(document, key),
        ]),
      ].filter(([, value]) => !value?.trim());
      expect(problems.map(([key]) => `${path}: ${key}`)).toEqual([]);
    }
  });

  it('shows each recommendation page with its own preview image, which exists', async () => {
    const recommendations = (await pages()).filter((p) =>
      /^recommendations\/r\d+\/index\.html$/.test(p.path),
    );
    expect(recommendations).toHaveLength(edition.recommendations.length);
    for (const { path, document } of recommendations) {
      const id = path.split('/')[1];
      const image = meta(document, 'og:image') ?? '';
      expect(image).toMatch(new RegExp(`/og/${id}\\.png$`));
      expect(meta(document, 'og:image:alt')).toContain(`Recommendation ${id?.slice(1)} of`);
      await expect(stat(distFile(image, document))).resolves.toBeTruthy();
    }
  });

  it('says in every preview of a recommendation whose its number is, and in French that the words are our translation', async () => {
    const previews = (await pages()).filter((p) =>
      /^(fr\/)?recommendations\/r\d+\/index\.html$/.test(p.path),
    );
    expect(previews).toHaveLength(2 * edition.recommendations.length);
    const missing: string[] = [];
    for (const { path, document } of previews) {
      const french = path.startsWith('fr/');
      for (const key of ['description', 'og:description', 'og:image:alt']) {
        const text = meta(document, key) ?? '';
        if (
          !/this edition’s numbering|the editors’|numérotation de cette édition|numéro des éditeurs/.test(
            text,
          )
        ) {
          missing.push(`${path} ${key}: the editors’ number`);
        }
        if (french && !text.includes('notre traduction'))
          missing.push(`${path} ${key}: traduction`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('says in every topic page’s description that its number and short name are the editors’', async () => {
    const topics = (await pages()).filter((p) =>
      /^(fr\/)?topics\/[a-z-]+\/index\.html$/.test(p.path),
    );
    expect(topics.length).toBeGreaterThan(2);
    const missing = topics
      .filter(
        ({ document }) => !/by the editors|des éditeurs/.test(meta(document, 'description') ?? ''),
      )
      .map(({ path }) => path);
    expect(missing).toEqual([]);
  });

  it('links the JSON and Akoma Ntoso versions from the head of every page', async () => {
    for (const { path, document } of await pages()) {
      const types = [...document.querySelectorAll('link[rel="alternate"]')].map((l) =>
        l.getAttribute('type'),
      );
      expect(types, path).toEqual(
        expect.arrayContaining(['application/json', 'application/akn+xml']),
      );
    }
  });
});

describe('structured data', () => {
  it('gives every page JSON-LD that parses, names the page and escapes <', async () => {
    for (const { path, document } of await pages()) {
      const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')];
      expect(blocks, path).toHaveLength(1);
      const text = blocks[0]?.textContent ?? '';
      expect(text).not.toContain('<');
      const data = JSON.parse(text);
      expect(data['@context']).toBe('https://schema.org');
      const page = data['@graph'].find((n: { '@type': string }) => n['@type'] === 'WebPage');
      expect(page, path).toBeDefined();
      if (!isNotFound(path)) {
        expect(page.url, path).toBe(
          document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
        );
      }
    }
  });

  it('carries the declaration, its parts, the Conference and breadcrumbs on reading pages', async () => {
    // The search page finds the declaration rather than presenting it.
    const reading = (await pages()).filter(
      (p) => !isNotFound(p.path) && !/(^|\/)search\//.test(p.path),
    );
    for (const { path, document } of reading) {
      const graph = JSON.parse(
        document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}',
      )['@graph'] as Record<string, unknown>[];
      const declaration = graph.find((n) => String(n['@id']).endsWith('#declaration'));
      expect(declaration, path).toMatchObject({
        '@type': 'Legislation',
        legislationDate: '2013-07-02',
      });
      expect(declaration?.hasPart, path).toHaveLength(edition.recommendations.length);
      expect(
        graph.find((n) => n['@type'] === 'Event'),
        path,
      ).toMatchObject({
        startDate: '2013-07-01',
        endDate: '2013-07-02',
        location: { name: path.startsWith('fr/') ? 'Bruxelles' : 'Brussels' },
      });
      const inner = path !== 'index.html' && path !== 'fr/index.html';
      expect(
        graph.some((n) => n['@type'] === 'BreadcrumbList'),
        path,
      ).toBe(inner);
    }
  });
});

describe('preview images', () => {
  it('are 1200x630 PNG files under 100 KB, one for the site and one per recommendation', async () => {
    const files = (await readdir(join(distDir, 'og'))).sort();
    expect(files).toEqual(
      [...edition.recommendations.map((r) => `${r.id}.png`), 'site.png'].sort(),
    );
    for (const file of files) {
      const info = await pngInfo(join(distDir, 'og', file));
      expect({ file, ...info, small: info.size < 100_000 }).toMatchObject({
        file,
        signature: '89504e470d0a1a0a',
        chunk: 'IHDR',
        width: 1200,
        height: 630,
        small: true,
      });
    }
  });
});
