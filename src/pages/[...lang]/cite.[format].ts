/** `/cite.bib`, `/cite.ris`, `/cite.json`: the declaration's citation for reference managers. */
import type { APIRoute } from 'astro';
import type { Lang } from '../../i18n/locales';
import { citationData, citationFormats } from '../../lib/citation';
import { loadEdition } from '../../lib/edition';
import { localeParams } from '../../lib/urls';

export function getStaticPaths() {
  return localeParams().flatMap(({ params, props }) =>
    Object.keys(citationFormats).map((format) => ({
      params: { ...params, format },
      props: { ...props, format: format as keyof typeof citationFormats },
    })),
  );
}

export const GET: APIRoute<{ lang: Lang; format: keyof typeof citationFormats }> = async ({
  props,
  site,
}) => {
  const { render, type } = citationFormats[props.format];
  const body = render(citationData(await loadEdition(props.lang), site));
  return new Response(body, { headers: { 'Content-Type': type } });
};
