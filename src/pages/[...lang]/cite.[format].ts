/** `/cite.bib`, `/cite.ris`, `/cite.json`: the declaration's citation for reference managers. */
import type { APIRoute } from 'astro';
import { citationData, citationFormats } from '../../lib/citation.ts';
import type { CitationFormat } from '../../lib/urls.ts';
import { loadEdition } from '../../lib/edition.ts';
import { inFormats, languagePaths } from '../../lib/routes.ts';

export const getStaticPaths = () =>
  inFormats(languagePaths(), Object.keys(citationFormats) as CitationFormat[]);

export const GET: APIRoute = async ({ params, locals, site }) => {
  const { render, type } = citationFormats[params.format as CitationFormat];
  const body = render(citationData(await loadEdition(locals.lang), site));
  return new Response(body, { headers: { 'Content-Type': type } });
};
