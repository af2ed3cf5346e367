import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { OfflineConfig, OfflineLanguage } from '../../src/lib/offline/config';
import { languageOfPath, offlinePageHtml, titleOf } from '../../src/lib/offline/offline-page';

const language = (tag: string, home: string): OfflineLanguage => ({
  tag,
  home,
  keepPage: `${home}about/#downloads`,
  files: [],
  bytes: 0,
  strings: {
    title: `offline ${tag}`,
    lead: 'Not kept.',
    available: 'Kept pages',
    none: 'None kept.',
    hint: 'Keep it all: {link}.',
    hintLink: 'About',
    siteName: 'Site <name>',
  },
});

const config: OfflineConfig = {
  version: 'v1',
  base: '/sub/',
  defaultLang: 'en',
  stylesheet: '/sub/_astro/style.css',
  csp: "default-src 'none'",
  assets: [],
  languages: { en: language('en', '/sub/'), fr: language('fr', '/sub/fr/') },
};

describe('the offline page', () => {
  it('speaks the language of the address asked for, under the base path', () => {
    expect(languageOfPath('/sub/fr/topics/x/', config).tag).toBe('fr');
    expect(languageOfPath('/sub/topics/x/', config).tag).toBe('en');
    expect(languageOfPath('/sub/frontier/', config).tag).toBe('en');
  });

  it('links to each kept page by its title, escaped, with the site’s policy and stylesheet', () => {
    const html = offlinePageHtml(config, language('fr', '/sub/fr/'), [
      { url: '/sub/fr/about/', title: 'À propos <b>' },
    ]);
    const { document } = parseHTML(html);
    expect(document.documentElement.getAttribute('lang')).toBe('fr');
    expect(document.querySelector('h1')?.textContent).toBe('offline fr');
    expect(
      [...document.querySelectorAll('main li a')].map((a) => [
        a.getAttribute('href'),
        a.textContent,
      ]),
    ).toEqual([['/sub/fr/about/', 'À propos <b>']]);
    expect(
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toBe(config.csp);
    expect(document.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe(
      config.stylesheet,
    );
    expect(document.querySelector('title')?.textContent).toBe('offline fr – Site <name>');
    const hint = document.querySelector('main p:last-child a');
    expect(hint?.getAttribute('href')).toBe('/sub/fr/about/#downloads');
  });

  it('says when nothing is kept', () => {
    const { document } = parseHTML(offlinePageHtml(config, language('en', '/sub/'), []));
    expect(document.querySelector('main ul')).toBeNull();
    expect(document.querySelector('main')?.textContent).toContain('None kept.');
  });

  it('reads a kept page’s title, entities decoded', () => {
    expect(titleOf('<head><title>Recommendation 3 &amp; more &#8211; Site</title></head>')).toBe(
      'Recommendation 3 & more – Site',
    );
    expect(titleOf('<p>no title</p>')).toBeUndefined();
  });
});
