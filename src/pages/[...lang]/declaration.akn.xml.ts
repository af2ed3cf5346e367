/** `/declaration.akn.xml`: the declaration as Akoma Ntoso 3.0 XML. */
import type { APIRoute } from 'astro';
import { loadEdition } from '../../lib/edition.ts';
import { akomaNtoso } from '../../lib/exports/akoma-ntoso.ts';
import { mediaTypes } from '../../lib/media-types.ts';
import { languagePaths } from '../../lib/routes.ts';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ locals }) =>
  new Response(akomaNtoso(await loadEdition(locals.lang), { generated: new Date() }), {
    headers: { 'Content-Type': mediaTypes.akomaNtoso },
  });
