/** `/declaration.akn.xml`: the declaration as Akoma Ntoso 3.0 XML. */
import type { APIRoute } from 'astro';
import type { Lang } from '../../i18n/locales';
import { loadEdition } from '../../lib/edition';
import { akomaNtoso } from '../../lib/exports/akoma-ntoso';
import { localeParams } from '../../lib/urls';

export const getStaticPaths = localeParams;

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) =>
  new Response(akomaNtoso(await loadEdition(props.lang), { generated: new Date() }), {
    headers: { 'Content-Type': 'application/akn+xml; charset=utf-8' },
  });
