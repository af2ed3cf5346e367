/** `/declaration.json`: the edition as data (see `/declaration.schema.json`). */
import type { APIRoute } from 'astro';
import type { Lang } from '../../i18n/locales';
import { loadEdition } from '../../lib/edition';
import { declarationJson } from '../../lib/exports/declaration-json';
import { localeParams } from '../../lib/urls';

export const getStaticPaths = localeParams;

export const GET: APIRoute<{ lang: Lang }> = async ({ props, site }) =>
  new Response(
    `${JSON.stringify(declarationJson(await loadEdition(props.lang), site), null, 2)}\n`,
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
