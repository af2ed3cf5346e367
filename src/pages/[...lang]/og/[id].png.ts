/** `/og/site.png` and `/og/<recommendation id>.png`: link-preview images, drawn at build. */
import type { APIRoute } from 'astro';
import { loadEdition } from '../../../lib/edition.ts';
import { recommendationCard, siteCard } from '../../../lib/og-card.ts';
import { renderOgImage } from '../../../lib/og-image.ts';
import { entryPaths } from '../../../lib/routes.ts';

// 'site' can never clash with a recommendation id, which is always r<number>.
export const getStaticPaths = () =>
  entryPaths(
    (edition) => ['site', ...edition.recommendations.map((r) => r.id)],
    (id) => ({ id }),
  );

export const GET: APIRoute<{ entry: string }> = async ({ props, locals }) => {
  const edition = await loadEdition(locals.lang);
  const r = edition.recommendations.find((item) => item.id === props.entry);
  const png = await renderOgImage(r ? recommendationCard(edition, r) : siteCard(edition));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
