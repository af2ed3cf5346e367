/**
 * The page the service worker shows for an address it cannot fetch and has not kept: in the
 * address's language, it says so and links to every page that is kept on the device. Pure
 * functions of the config and the kept pages, so they are tested without a browser.
 */
import type { OfflineConfig, OfflineLanguage } from './config.ts';

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => entities[c] ?? c);

/** The language of a path under the base: its first segment when that is a language. */
export function languageOfPath(pathname: string, config: OfflineConfig): OfflineLanguage {
  const inside = pathname.startsWith(config.base) ? pathname.slice(config.base.length) : '';
  const first = inside.split('/')[0] ?? '';
  const lang = first !== config.defaultLang && config.languages[first] ? first : config.defaultLang;
  const language = config.languages[lang];
  if (!language) throw new Error(`offline config has no language ${lang}`);
  return language;
}

/** A page's `<title>`, from its HTML. */
export function titleOf(html: string): string | undefined {
  const raw = /<title>([^<]*)<\/title>/i.exec(html)?.[1];
  if (raw === undefined) return undefined;
  return raw
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(
      /&(amp|lt|gt|quot|apos);/g,
      (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '',
    );
}

export interface KeptPage {
  url: string;
  title: string;
}

/** The offline page, for an address in `language`, listing the kept `pages` of that language. */
export function offlinePageHtml(
  config: OfflineConfig,
  language: OfflineLanguage,
  pages: readonly KeptPage[],
): string {
  const s = language.strings;
  const list = pages.length
    ? `<h2>${escapeHtml(s.available)}</h2><ul>${pages
        .map((p) => `<li><a href="${escapeHtml(p.url)}">${escapeHtml(p.title)}</a></li>`)
        .join('')}</ul>`
    : `<p>${escapeHtml(s.none)}</p>`;
  const link = `<a href="${escapeHtml(language.keepPage)}">${escapeHtml(s.hintLink)}</a>`;
  const hint = escapeHtml(s.hint).replace('{link}', link);
  return `<!doctype html><html lang="${escapeHtml(language.tag)}" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="${escapeHtml(config.csp)}"><meta name="robots" content="noindex"><title>${escapeHtml(`${s.title} – ${s.siteName}`)}</title><link rel="stylesheet" href="${escapeHtml(config.stylesheet)}"></head><body><main id="main" class="offline-page"><p><a href="${escapeHtml(language.home)}">${escapeHtml(s.siteName)}</a></p><h1>${escapeHtml(s.title)}</h1><p>${escapeHtml(s.lead)}</p>${list}<p>${hint}</p></main></body></html>`;
}
