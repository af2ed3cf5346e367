/**
 * The ids on the built pages are the site's own, listed in `src/lib/anchors.ts` (which the
 * content check reserves), or come from headings in the content. An id a page or component
 * adds without listing it there would let a content heading take it over unnoticed.
 */
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { reservedIdOwner } from '../../src/lib/anchors';
import { loadContent } from '../../src/lib/content-check/load';
import { idsOf, isHtml, listFiles, readDocument } from '../support/dist-pages';
import { projectRoot } from '../support/run';

const distDir = inject('distDir');
const contentIds = new Set(
  loadContent(join(projectRoot, 'content')).entries.flatMap((entry) =>
    entry.markdown.ids.map((id) => id.id),
  ),
);

describe('ids on the built pages', () => {
  it('are each reserved in src/lib/anchors.ts or made from a content heading', async () => {
    const pages = (await listFiles(distDir)).filter(isHtml);
    const unlisted = new Set<string>();
    for (const page of pages) {
      for (const id of idsOf(await readDocument(distDir, page))) {
        if (!reservedIdOwner(id) && !contentIds.has(id)) unlisted.add(`${page}: ${id}`);
      }
    }
    expect(pages.length).toBeGreaterThan(0);
    expect([...unlisted]).toEqual([]);
  });

  it('the content headings give none of the reserved ids', () => {
    expect(contentIds.size).toBeGreaterThan(0);
    expect([...contentIds].filter((id) => reservedIdOwner(id))).toEqual([]);
  });
});
