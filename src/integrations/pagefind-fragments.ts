/**
 * What Pagefind indexed, page by page, read back from its bundle: each page's fragment file
 * (`fragment/<lang>_<hash>.pf_fragment`) is gzip holding a signature and the page's JSON (its
 * URL, the text it indexed, its metadata, filters and anchors). Pagefind does not document this
 * format: a change to it stops the build here with that said, rather than writing an empty
 * vocabulary.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface IndexedPage {
  /** The index's language, as the fragment's file name gives it. */
  lang: string;
  url: string;
  /** The page's text as Pagefind indexed it. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const signature = 'pagefind_dcd';

function decode(file: string, bytes: Buffer): Omit<IndexedPage, 'lang'> {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(signature)) {
    throw new Error(`${file}: not a Pagefind fragment this build can read (its format changed?)`);
  }
  const page = JSON.parse(text.slice(signature.length)) as Partial<IndexedPage>;
  if (typeof page.url !== 'string' || typeof page.content !== 'string') {
    throw new Error(`${file}: a Pagefind fragment without url or content (its format changed?)`);
  }
  return {
    url: page.url,
    content: page.content,
    meta: page.meta ?? {},
    filters: page.filters ?? {},
  };
}

/** Every indexed page in the Pagefind bundle at `bundleDir`, in file name order. */
export async function readIndexedPages(bundleDir: string): Promise<IndexedPage[]> {
  const dir = join(bundleDir, 'fragment');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment')).sort();
  if (!names.length) throw new Error(`${dir}: Pagefind wrote no page fragments`);
  return Promise.all(
    names.map(async (name) => ({
      lang: /^(.+?)_[0-9a-z]+\.pf_fragment$/.exec(name)?.[1] ?? 'unknown',
      ...decode(join(dir, name), await readFile(join(dir, name))),
    })),
  );
}
