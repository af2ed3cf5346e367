/**
 * No page or export of the build carries a script-capable address: every `href`, `src` and
 * `action` is a path on the site, an http(s) address or mailto, and no text export
 * (`declaration.json`, Akoma Ntoso, citations) holds a `javascript:`, `vbscript:`, `data:` or
 * `file:` address. The content check refuses them at the source; this checks the result.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readDocument } from '../support/dist-pages';

const distDir = inject('distDir');
const files = await listFiles(distDir);
const scriptCapable = /(?:^|[^a-z0-9+.-])(?:javascript|vbscript|data|file)\s*:/i;

describe('addresses in the build', () => {
  it('every href, src and action of every page is a site path, http(s) or mailto', async () => {
    const refused: string[] = [];
    for (const page of files.filter((file) => file.endsWith('.html'))) {
      const document = await readDocument(distDir, page);
      for (const element of document.querySelectorAll('[href], [src], [action]')) {
        for (const name of ['href', 'src', 'action']) {
          const value = element.getAttribute(name);
          if (value === null) continue;
          const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
          if (scheme && !['http', 'https', 'mailto'].includes(scheme)) {
            refused.push(`${page}: ${name}="${value}"`);
          }
        }
      }
    }
    expect(refused).toEqual([]);
  });

  it('no export holds a javascript:, vbscript:, data: or file: address', async () => {
    const exports = files.filter((file) => /\.(json|xml|bib|ris|txt)$/.test(file));
    expect(exports).toContain('declaration.json');
    expect(exports).toContain('fr/declaration.json');
    const carrying: string[] = [];
    for (const file of exports) {
      if (scriptCapable.test(await readFile(`${distDir}/${file}`, 'utf8'))) carrying.push(file);
    }
    expect(carrying).toEqual([]);
  });
});
