/** `/brussels-declaration-2013.en.pdf`, `/fr/brussels-declaration-2013.fr.pdf`: the edition as a PDF. */
import type { APIRoute } from 'astro';
import { editionPdf } from '../../lib/pdf/edition-files.ts';
import { editionFilePaths } from '../../lib/routes.ts';

export const getStaticPaths = editionFilePaths;

export const GET: APIRoute = async ({ props, site }) => {
  const pdf = await editionPdf(props.edition, site);
  return new Response(pdf, { headers: { 'Content-Type': 'application/pdf' } });
};
