/** `/changes/feed.atom`: the edition's log of changes as an Atom feed, one per language. */
import type { APIRoute } from 'astro';
import { loadEdition } from '../../../lib/edition.ts';
import { atomFeed } from '../../../lib/exports/atom-feed.ts';
import { mediaTypes } from '../../../lib/media-types.ts';
import { languagePaths } from '../../../lib/routes.ts';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ locals, site }) => {
  const edition = await loadEdition(locals.lang);
  // Each change's body as Astro rendered it from its Markdown when the content was loaded.
  const html = new Map(edition.changes.map((c) => [c.id, c.entry.rendered?.html ?? '']));
  return new Response(atomFeed(edition, site, { html }), {
    headers: { 'Content-Type': mediaTypes.atom },
  });
};
