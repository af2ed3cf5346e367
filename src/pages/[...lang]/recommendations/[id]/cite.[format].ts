/** `/recommendations/<id>/cite.bib` (and `.ris`, `.json`): one recommendation's citation. */
import type { APIRoute } from 'astro';
import type { Lang } from '../../../../i18n/locales';
import { citationData, citationFormats } from '../../../../lib/citation';
import { loadEdition } from '../../../../lib/edition';
import { localeParams } from '../../../../lib/urls';

export async function getStaticPaths() {
  const paths = await Promise.all(
    localeParams().map(async ({ params, props }) => {
      const edition = await loadEdition(props.lang);
      return edition.recommendations.flatMap((r) =>
        Object.keys(citationFormats).map((format) => ({
          params: { ...params, id: r.id, format },
          props: { lang: props.lang, id: r.id, format: format as keyof typeof citationFormats },
        })),
      );
    }),
  );
  return paths.flat();
}

export const GET: APIRoute<{
  lang: Lang;
  id: string;
  format: keyof typeof citationFormats;
}> = async ({ props, site }) => {
  const edition = await loadEdition(props.lang);
  const r = edition.recommendations.find((item) => item.id === props.id);
  const { render, type } = citationFormats[props.format];
  return new Response(render(citationData(edition, site, r)), {
    headers: { 'Content-Type': type },
  });
};
