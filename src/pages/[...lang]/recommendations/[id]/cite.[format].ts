/** `/recommendations/<id>/cite.bib` (and `.ris`, `.json`): one recommendation's citation. */
import type { APIRoute } from 'astro';
import { citationData, citationFormats } from '../../../../lib/citation.ts';
import type { CitationFormat } from '../../../../lib/urls.ts';
import type { Edition, Recommendation } from '../../../../lib/edition.ts';
import { inFormats, recommendationPaths } from '../../../../lib/routes.ts';

export const getStaticPaths = async () =>
  inFormats(await recommendationPaths(), Object.keys(citationFormats) as CitationFormat[]);

export const GET: APIRoute<{ edition: Edition; entry: Recommendation }> = ({
  params,
  props,
  site,
}) => {
  const { render, type } = citationFormats[params.format as CitationFormat];
  return new Response(render(citationData(props.edition, site, props.entry)), {
    headers: { 'Content-Type': type },
  });
};
