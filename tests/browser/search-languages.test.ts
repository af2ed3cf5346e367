import { describe, expect, inject, it } from 'vitest';
import { useSharedBrowser } from '../support/shared-browser';
import { defaultLang, languageTags, locales } from '../../src/i18n/locales';
import { loadEdition } from '../../src/lib/edition';
import { homePath, searchPath, topicPath } from '../../src/lib/urls';
import { openPage } from '../support/browser';

const siteUrl = inject('siteUrl');
const browser = useSharedBrowser();

/** A site path (built for base '/') as a URL of the served site, which may have a base path. */
const siteHref = (path: string) => new URL(path.slice(1), siteUrl);

describe('search in every language', () => {
  it.each(locales)('the %s search page searches that language’s pages', async (lang) => {
    const edition = await loadEdition(lang);
    const topic = edition.topics.find((t) => t.id === 'wildlife-crime') ?? edition.topics[0]!;
    const context = await browser().newContext();
    const { page, problems } = await openPage(context, siteUrl);
    const url = siteHref(searchPath(lang, '/'));
    url.searchParams.set('q', topic.name);
    await page.goto(url.href);
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('search-page')?.dataset.state === 'done',
    );
    expect(await page.getAttribute('html', 'lang')).toBe(languageTags[lang]);
    const paths = await page
      .locator('[data-search-list] h3 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths.slice(0, 3)).toContain(siteHref(topicPath(lang, topic.id, '/')).pathname);
    // Only this language's pages: under its home, and not under another language's.
    const home = siteHref(homePath(lang, '/')).pathname;
    const otherHomes = locales
      .filter((other) => other !== lang && other !== defaultLang)
      .map((other) => siteHref(homePath(other, '/')).pathname);
    for (const path of paths) {
      expect(path.startsWith(home), path).toBe(true);
      for (const other of otherHomes) expect(path.startsWith(other), path).toBe(false);
    }
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await context.close();
  });
});
