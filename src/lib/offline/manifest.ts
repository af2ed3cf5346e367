/**
 * Which built files make up the edition in one language, for keeping it on a device: its
 * pages, the site's assets, its PDF and its Pagefind index. Pure, over a list of the built
 * files, so it is tested without a build.
 */

/** A file of the build: its path relative to the output folder (POSIX) and its size. */
export interface BuiltFile {
  path: string;
  bytes: number;
}

/** The language a built file belongs to: its first folder when that is a language, else the default. */
export function languageOfFile(
  path: string,
  languages: readonly string[],
  defaultLang: string,
): string {
  const first = path.split('/')[0] ?? '';
  return languages.includes(first) && first !== defaultLang ? first : defaultLang;
}

/** Pagefind files that one language's search needs (the UI bundles and the worker are unused). */
function isSearchFile(path: string, lang: string): boolean {
  if (!path.startsWith('pagefind/')) return false;
  const name = path.slice('pagefind/'.length);
  return (
    ['pagefind.js', 'pagefind-entry.json', 'pagefind-highlight.js'].includes(name) ||
    name === `wasm.${lang}.pagefind` ||
    name.startsWith(`pagefind.${lang}_`) ||
    (/^(index|filter|fragment)\//.test(name) && name.split('/')[1]?.startsWith(`${lang}_`) === true)
  );
}

/**
 * The edition in `lang`: its HTML pages (not the 404 page, which is no address of its own), the
 * hashed assets every page shares, the site's icon, its PDF and its search index.
 */
export function editionFiles(
  files: readonly BuiltFile[],
  lang: string,
  languages: readonly string[],
  defaultLang: string,
): BuiltFile[] {
  return files.filter(({ path }) => {
    if (path.startsWith('_astro/')) return true;
    if (/^favicon\.(svg|ico)$/.test(path)) return true;
    if (isSearchFile(path, lang)) return true;
    if (path.startsWith('pagefind/')) return false;
    if (languageOfFile(path, languages, defaultLang) !== lang) return false;
    if (path.endsWith('.html')) return !/(^|\/)404\.html$/.test(path);
    return path.endsWith(`.${lang}.pdf`);
  });
}

/** The address a file is served at: `about/index.html` is `<base>about/`. */
export function fileUrl(path: string, base: string): string {
  return base + path.replace(/(^|\/)index\.html$/, '$1');
}
