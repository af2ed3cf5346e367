import { describe, expect, it } from 'vitest';
import { editionFiles, fileUrl, languageOfFile } from '../../src/lib/offline/manifest';

const built = [
  'index.html',
  '404.html',
  'about/index.html',
  'recommendations/r1/index.html',
  'brussels-declaration-2013.en.pdf',
  'cite.bib',
  'og/site.png',
  'sitemap-index.xml',
  'favicon.svg',
  '_astro/style.css',
  '_astro/Base.js',
  'fr/index.html',
  'fr/404.html',
  'fr/brussels-declaration-2013.fr.pdf',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-highlight.js',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-worker.js',
  'pagefind/wasm.en.pagefind',
  'pagefind/wasm.fr.pagefind',
  'pagefind/pagefind.en_1a.pf_meta',
  'pagefind/pagefind.fr_2b.pf_meta',
  'pagefind/index/en_3c.pf_index',
  'pagefind/index/fr_4d.pf_index',
  'pagefind/fragment/en_5e.pf_fragment',
  'pagefind/filter/fr_6f.pf_filter',
].map((path) => ({ path, bytes: 10 }));

const paths = (lang: string) =>
  editionFiles(built, lang, ['en', 'fr'], 'en').map((file) => file.path);

describe('the files of the edition kept for reading offline', () => {
  it('are, in the default language, its pages, the shared assets, its PDF and its search index', () => {
    expect(paths('en')).toEqual([
      'index.html',
      'about/index.html',
      'recommendations/r1/index.html',
      'brussels-declaration-2013.en.pdf',
      'favicon.svg',
      '_astro/style.css',
      '_astro/Base.js',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind-highlight.js',
      'pagefind/wasm.en.pagefind',
      'pagefind/pagefind.en_1a.pf_meta',
      'pagefind/index/en_3c.pf_index',
      'pagefind/fragment/en_5e.pf_fragment',
    ]);
  });

  it('are, in another language, only that language’s pages, PDF and index', () => {
    expect(paths('fr')).toEqual([
      'favicon.svg',
      '_astro/style.css',
      '_astro/Base.js',
      'fr/index.html',
      'fr/brussels-declaration-2013.fr.pdf',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind-highlight.js',
      'pagefind/wasm.fr.pagefind',
      'pagefind/pagefind.fr_2b.pf_meta',
      'pagefind/index/fr_4d.pf_index',
      'pagefind/filter/fr_6f.pf_filter',
    ]);
  });

  it('leave out 404 pages, exports, previews, the sitemap and unused Pagefind bundles', () => {
    const all = [...paths('en'), ...paths('fr')];
    for (const left of ['404.html', 'cite.bib', 'og/site.png', 'sitemap-index.xml']) {
      expect(all).not.toContain(left);
    }
    expect(all.filter((path) => /pagefind-(ui|worker)/.test(path))).toEqual([]);
  });

  it('name a file’s language by its first folder, and its address under the base path', () => {
    expect(languageOfFile('fr/about/index.html', ['en', 'fr'], 'en')).toBe('fr');
    expect(languageOfFile('frontier/index.html', ['en', 'fr'], 'en')).toBe('en');
    expect(fileUrl('fr/about/index.html', '/brussels-declaration/')).toBe(
      '/brussels-declaration/fr/about/',
    );
    expect(fileUrl('index.html', '/')).toBe('/');
    expect(fileUrl('pagefind/pagefind.js', '/')).toBe('/pagefind/pagefind.js');
  });
});
