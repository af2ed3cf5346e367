/** `/cite.bib`, `/cite.ris`, `/cite.json`: the declaration's citation for reference managers. */
import type { APIRoute } from 'astro';
import { citationData, citationFormats } from '../../lib/citation';
import type { CitationFormat } from '../../lib/urls';
import { loadEdition } from '../../lib/edition';
import { inFormats, languagePaths } from '../../lib/routes';

export const getStaticPaths = () =>
  inFormats(languagePaths(), Object.keys(citationFormats) as CitationFormat[]);

export const GET: APIRoute = async ({ params, locals, site }) => {
  const { render, type } = citationFormats[params.format as CitationFormat];
  const body = render(citationData(await loadEdition(locals.lang), site));
  return new Response(body, { headers: { 'Content-Type': type } });
};
