/** `/og/site.png` and `/og/<recommendation id>.png`: link-preview images, drawn at build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '../../../i18n/locales';
import { loadEdition } from '../../../lib/edition';
import { recommendationCard, siteCard } from '../../../lib/og-card';
import { renderOgImage } from '../../../lib/og-image';
import { localeParams } from '../../../lib/urls';

export const getStaticPaths = (async () => {
  const paths = await Promise.all(
    localeParams().map(async ({ params, props }) => {
      const edition = await loadEdition(props.lang);
      // 'site' can never clash with a recommendation id, which is always r<number>.
      return ['site', ...edition.recommendations.map((r) => r.id)].map((id) => ({
        params: { ...params, id },
        props: { lang: props.lang, id },
      }));
    }),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang; id: string }> = async ({ props }) => {
  const edition = await loadEdition(props.lang);
  const r = edition.recommendations.find((item) => item.id === props.id);
  const png = await renderOgImage(r ? recommendationCard(edition, r) : siteCard(edition));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
