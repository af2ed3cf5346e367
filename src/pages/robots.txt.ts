/** robots.txt: everything may be crawled; points to the sitemap at the deployed base path. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(`${import.meta.env.BASE_URL}sitemap-index.xml`, site)}\n`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
