/** `/declaration.schema.json`: the JSON Schema of every language's `declaration.json`. */
import type { APIRoute } from 'astro';
import { declarationSchema } from '../lib/exports/declaration-schema.ts';
import { mediaTypes } from '../lib/media-types.ts';
import { absoluteUrl, declarationSchemaPath } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `${JSON.stringify(declarationSchema(absoluteUrl(declarationSchemaPath(), site)), null, 2)}\n`,
    { headers: { 'Content-Type': mediaTypes.jsonSchema } },
  );
