/**
 * Renders one component with Astro's Container API as a page in `lang` would: the middleware's
 * `Astro.locals` (language and translator) are set, so components get their strings as on the site.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Lang } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n/ui';
import { fragment } from './fragment';

type Component = Parameters<AstroContainer['renderToString']>[0];

export interface RenderOptions {
  lang?: Lang;
  props?: Record<string, unknown>;
  slots?: Record<string, string>;
  /** The site's address, for components that build absolute URLs. */
  site?: string;
}

const containers = new Map<string, Promise<AstroContainer>>();

function containerFor(site: string | undefined): Promise<AstroContainer> {
  const key = site ?? '';
  let container = containers.get(key);
  if (!container) {
    container = AstroContainer.create(site ? { astroConfig: { site } } : {});
    containers.set(key, container);
  }
  return container;
}

export async function renderHtml(component: Component, options: RenderOptions = {}) {
  const { lang = 'en', props = {}, slots, site } = options;
  const container = await containerFor(site);
  return container.renderToString(component, {
    props,
    ...(slots ? { slots } : {}),
    locals: { lang, t: useTranslations(lang) },
  });
}

/** The rendered component as a document to query. */
export async function renderComponent(component: Component, options: RenderOptions = {}) {
  return fragment(await renderHtml(component, options));
}
