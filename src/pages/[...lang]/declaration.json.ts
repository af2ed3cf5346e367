/** `/declaration.json`: the edition as data (see `/declaration.schema.json`). */
import type { APIRoute } from 'astro';
import { loadEdition } from '../../lib/edition.ts';
import { declarationJson } from '../../lib/exports/declaration-json.ts';
import { mediaTypes } from '../../lib/media-types.ts';
import { languagePaths } from '../../lib/routes.ts';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ locals, site }) =>
  new Response(
    `${JSON.stringify(declarationJson(await loadEdition(locals.lang), site), null, 2)}\n`,
    {
      headers: { 'Content-Type': mediaTypes.json },
    },
  );
