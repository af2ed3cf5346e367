import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useSharedBrowser } from '../support/shared-browser';
import { loadEdition } from '../../src/lib/edition';
import { axeViolations, injectAxe } from '../support/axe';
import {
  openPage,
  openSitePage,
  type PageProblems,
  settled,
  trackRequests,
} from '../support/browser';

const siteUrl = inject('siteUrl');
const browser = useSharedBrowser();

const pathOf = (path: string) => new URL(path, siteUrl).pathname;

/** Opens a page of the site in a fresh context; the caller closes it. */
const open = (path: string, options?: BrowserContextOptions) =>
  openSitePage(browser(), siteUrl, path, options);

function searchUrl(params: Record<string, string>) {
  return `search/?${new URLSearchParams(params)}`;
}

/** Waits until the search page shows the results of `query`. */
async function resultsFor(page: Page, query: string) {
  await page.waitForFunction((q) => {
    const element = document.querySelector<HTMLElement>('search-page');
    return element?.dataset.state === 'done' && element.dataset.searched === q;
  }, query.trim());
}

/** The results shown: their link's path (without the highlight terms), kind and title. */
async function shownResults(page: Page) {
  return page.locator('[data-search-list] > li').evaluateAll((items) =>
    items.map((item) => {
      const link = item.querySelector('h3 a') as HTMLAnchorElement;
      return {
        path: new URL(link.href).pathname,
        href: link.href,
        title: link.textContent,
        kind: item.querySelector('.kind')?.textContent ?? '',
      };
    }),
  );
}

function expectClean(problems: PageProblems) {
  expect(problems).toEqual({ errors: [], foreignRequests: [] });
}

describe('search ranking', () => {
  const expectations: [string, string[]][] = [
    ['cybercrime', ['topics/cybercrime/', 'recommendations/r2/']],
    ['wildlife', ['topics/wildlife-crime/']],
    ['AEO', ['recommendations/r3/', 'topics/authorized-economic-operators/']],
    ['counterfeiting', ['topics/counterfeiting/']],
    ['utility blocks', ['recommendations/r6/']],
    ['Mikuriya', ['', 'about/']],
  ];

  it.each(expectations)('searching %s puts the right page in the top three', async (q, wanted) => {
    const { page, problems, close } = await open(searchUrl({ q }));
    await resultsFor(page, q);
    const top = (await shownResults(page)).slice(0, 3).map((r) => r.path);
    expect(top.some((path) => wanted.map(pathOf).includes(path))).toBe(true);
    expectClean(problems);
    await close();
  });
});

describe('search page', () => {
  it('opens a shared link with its query, filters and results, and announces the count', async () => {
    const { page, problems, close } = await open(searchUrl({ q: 'aeo', type: 'recommendation' }));
    await resultsFor(page, 'aeo');
    expect(await page.inputValue('#search-query')).toBe('aeo');
    expect(await page.inputValue('#search-type')).toBe('recommendation');
    const results = await shownResults(page);
    expect(results.map((r) => r.path)).toContain(pathOf('recommendations/r3/'));
    for (const result of results) expect(result.kind).toMatch(/^Recommendation \d+$/);
    const status = page.getByRole('status');
    // The count says which filter narrowed it, so that a reader who quotes it quotes that too.
    expect(await status.textContent()).toMatch(
      /^\d+ results? for “aeo” with Type: Recommendation\.$/,
    );
    expect(await page.locator('[data-search-nojs]').count()).toBe(0);
    expectClean(problems);
    await close();
  });

  it('narrows the results with a filter and keeps the filter in the address', async () => {
    const { page, problems, close } = await open(searchUrl({ q: 'customs' }));
    await resultsFor(page, 'customs');
    const all = await page.locator('[data-search-list] > li').count();
    const statusAll = await page.getByRole('status').textContent();

    await page.selectOption('#search-type', 'recommendation');
    await page.waitForFunction(() => location.search.includes('type=recommendation'));
    await resultsFor(page, 'customs');
    const narrowed = await shownResults(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(await page.getByRole('status').textContent()).not.toBe(statusAll);
    for (const result of narrowed) expect(result.kind).toMatch(/^Recommendation/);

    await page.selectOption('#search-concerns', 'wco');
    await page.waitForFunction(() => location.search.includes('concerns=wco'));
    await resultsFor(page, 'customs');
    const fewer = await shownResults(page);
    expect(fewer.length).toBeLessThan(narrowed.length);
    expect(new URL(page.url()).searchParams.get('q')).toBe('customs');
    expect(all).toBeGreaterThan(narrowed.length);
    expectClean(problems);
    await close();
  });

  it('searches as the reader types and keeps the address in step', async () => {
    const { page, problems, close } = await open('search/');
    await page.locator('#search-query').pressSequentially('wildlife');
    await resultsFor(page, 'wildlife');
    expect((await shownResults(page))[0]?.path).toBe(pathOf('topics/wildlife-crime/'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('wildlife');
    expectClean(problems);
    await close();
  });

  it('works from the keyboard: submit, choose a filter, reach a result, show more', async () => {
    const { page, problems, close } = await open('search/');
    await page.locator('#search-query').focus();
    await page.keyboard.type('customs');
    await page.keyboard.press('Enter');
    await resultsFor(page, 'customs');
    expect(page.url()).toContain('q=customs');

    await page.keyboard.press('Tab'); // the submit button
    await page.keyboard.press('Tab'); // the filters' disclosure, open on a wide screen
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    expect(await page.locator('details.filters').getAttribute('open')).not.toBe(null);
    await page.keyboard.press('Tab'); // the topic filter
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-topic');

    const before = await page.locator('[data-search-list] > li').count();
    const more = page.locator('[data-search-more]');
    expect(await more.isVisible()).toBe(true);
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-search-list] > li').length > n,
      before,
    );
    // Focus moves to the first newly shown result, so the reader continues from there.
    const focused = await page.evaluate(() => {
      const items = [...document.querySelectorAll('[data-search-list] > li')];
      return items.findIndex((item) => item.contains(document.activeElement));
    });
    expect(focused).toBe(before);
    expectClean(problems);
    await close();
  });

  it('the header’s search link opens the search page with its field focused, ready to type', async () => {
    const { page, problems, close } = await open('about/');
    await page.locator('header a.search-link').click();
    await page.waitForURL((url) => url.pathname === pathOf('search/'));
    await page.waitForFunction(() => document.activeElement?.id === 'search-query');
    await page.keyboard.type('counterfeiting');
    await resultsFor(page, 'counterfeiting');
    expect((await shownResults(page))[0]?.path).toBe(pathOf('topics/counterfeiting/'));
    expectClean(problems);
    await close();
  });
});

describe('landing on a result', () => {
  it('a sub-result lands on the anchor with the terms highlighted, and the marks can be cleared', async () => {
    const { page, problems, close } = await open(searchUrl({ q: 'utility blocks' }));
    await resultsFor(page, 'utility blocks');
    const section = page.locator('.sections a[href*="#r6"]').first();
    expect(await section.getAttribute('href')).toContain('pagefind-highlight=utility');
    await section.click();
    await page.waitForURL((url) => url.pathname === pathOf('') && url.hash === '#r6');

    const bar = page.locator('search-highlight');
    await bar.waitFor({ state: 'visible' });
    const marked = await page.locator('#r6 mark.pagefind-highlight').allTextContents();
    expect(marked.map((m) => m.toLowerCase())).toEqual(
      expect.arrayContaining(['utility', 'blocks']),
    );

    await page.getByRole('button', { name: 'Clear highlighting' }).click();
    expect(await page.locator('mark.pagefind-highlight').count()).toBe(0);
    expect(await bar.isVisible()).toBe(false);
    const url = new URL(page.url());
    expect(url.searchParams.has('pagefind-highlight')).toBe(false);
    expect(url.hash).toBe('#r6');
    expect(await page.locator('#r6 mark').textContent()).toContain('utility blocks');
    expectClean(problems);
    await close();
  });

  it('a page opened without search terms loads no highlighting code', async () => {
    const context = await browser().newContext();
    const { page, problems } = await openPage(context, siteUrl);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const requests = trackRequests(page);
    await page.goto(new URL('recommendations/r6/', siteUrl).href);
    await settled(page, requests);
    expect(fetched.filter((path) => path.includes('pagefind'))).toEqual([]);
    expect(await page.locator('search-highlight').isVisible()).toBe(false);
    // The page's own marks (the recommendation's words) stay; no search highlight is added.
    expect(await page.locator('mark.pagefind-highlight').count()).toBe(0);
    expect(await page.locator('main blockquote mark').count()).toBe(1);
    expectClean(problems);
    await context.close();
  });
});

describe('bad input', () => {
  it('an empty query shows a hint and the browse list, and no error', async () => {
    const { page, problems, close } = await open('search/?q=&topic=&type=');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('search-page')?.dataset.state === 'empty',
    );
    expect(await page.locator('[data-search-hint]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-browse]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-results]').isVisible()).toBe(false);
    expect(await page.getByRole('status').textContent()).toBe('');
    expectClean(problems);
    await close();
  });

  it('a 1,000-character query is searched and echoed shortened, and the page keeps working', async () => {
    const q = 'customs cooperation training '.repeat(40).slice(0, 1000);
    expect(q).toHaveLength(1000);
    const { page, problems, close } = await open(searchUrl({ q }));
    await resultsFor(page, q);
    expect(await page.inputValue('#search-query')).toBe(q);
    expect((await page.getByRole('status').textContent())?.length).toBeLessThan(200);

    await page.locator('#search-query').fill('wildlife');
    await resultsFor(page, 'wildlife');
    expect((await shownResults(page))[0]?.path).toBe(pathOf('topics/wildlife-crime/'));
    expectClean(problems);
    await close();
  });

  it('a query with markup is shown as text and never runs', async () => {
    const q = '<img src=x onerror=alert(1)>';
    const { page, problems, close } = await open(searchUrl({ q }));
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await resultsFor(page, q);
    expect(await page.inputValue('#search-query')).toBe(q);
    expect(await page.getByRole('status').textContent()).toContain(q);

    // Typed as well as linked, and mixed with a word that has results.
    await page.locator('#search-query').fill(`customs <b>${q}</b>`);
    await resultsFor(page, `customs <b>${q}</b>`);
    expect(await page.locator('main img, main b').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expectClean(problems);
    await close();
  });

  it('an unknown filter value in the address is ignored with a notice', async () => {
    const { page, problems, close } = await open(
      searchUrl({ q: 'cooperation', topic: 'nonsense', type: 'recommendation' }),
    );
    await resultsFor(page, 'cooperation');
    const notice = page.locator('[data-search-ignored]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('Topic “nonsense”');
    expect(await page.inputValue('#search-topic')).toBe('');
    expect(await page.inputValue('#search-type')).toBe('recommendation');
    expect((await shownResults(page)).length).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.has('topic')).toBe(false);
    expectClean(problems);
    await close();
  });
});

describe('without JavaScript', () => {
  it('the search page says search needs JavaScript and links every topic and recommendation', async () => {
    const { page, problems, close } = await open(searchUrl({ q: 'cybercrime' }), {
      javaScriptEnabled: false,
    });
    expect(await page.locator('[data-search-nojs]').isVisible()).toBe(true);
    const links = await page
      .locator('[data-search-browse] a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const { topics, recommendations } = await loadEdition('en');
    expect(links.filter((p) => p.includes('/topics/'))).toHaveLength(topics.length);
    expect(links.filter((p) => p.includes('/recommendations/'))).toHaveLength(
      recommendations.length,
    );
    for (const path of links) {
      const response = await page.request.get(new URL(path, siteUrl).href);
      expect(response.status(), path).toBe(200);
    }
    // One search field on the search page: the header links here instead of repeating it.
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    const form = page.locator('form[role="search"]');
    expect(await form.getAttribute('method')).toBe('get');
    expect(await form.getAttribute('action')).toBe(pathOf('search/'));
    expectClean(problems);
    await close();
  });
});

describe('accessibility of the search page', () => {
  const states: [string, string, string][] = [
    ['with results', searchUrl({ q: 'cooperation' }), 'cooperation'],
    [
      'with filters and an ignored one',
      searchUrl({ q: 'training', type: 'recommendation', concerns: 'wco', topic: 'nonsense' }),
      'training',
    ],
    ['with no results', searchUrl({ q: 'zzzzqx' }), 'zzzzqx'],
  ];

  it.each(states)('axe finds nothing, light and dark, %s', async (_, path, query) => {
    const { page, problems, close } = await open(path);
    await resultsFor(page, query);
    await injectAxe(page);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const violations = await axeViolations(page);
      const found = violations.map((v) => `${v.rule}: ${v.nodes.join(' ')}`);
      expect(found, colorScheme).toEqual([]);
    }
    expectClean(problems);
    await close();
  });
});

describe('cost of search', () => {
  const isSearchRequest = (url: string) => new URL(url).pathname.startsWith(pathOf('pagefind/'));

  it.each(['', 'topics/cybercrime/', 'recommendations/r3/'])(
    'the reading page /%s fetches no search bytes until the reader goes to search',
    async (path) => {
      const context = await browser().newContext();
      const { page, problems } = await openPage(context, siteUrl);
      const fetched: string[] = [];
      page.on('request', (request) => {
        if (isSearchRequest(request.url())) fetched.push(request.url());
      });
      const requests = trackRequests(page);
      await page.goto(new URL(path, siteUrl).href);
      await settled(page, requests);
      await page.mouse.wheel(0, 2000);
      await page.locator('a').first().focus();
      await settled(page, requests);
      expect(fetched).toEqual([]);

      // The header's way to search is a link; following it, the search page's field loads the index.
      const loading = page.waitForRequest((request) => isSearchRequest(request.url()));
      await page.locator('header a.search-link').click();
      await loading;
      expect(fetched.length).toBeGreaterThan(0);
      expectClean(problems);
      await context.close();
    },
  );

  it('the search page without a query fetches no index until its field is used', async () => {
    const context = await browser().newContext();
    const { page, problems } = await openPage(context, siteUrl);
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (isSearchRequest(request.url())) fetched.push(request.url());
    });
    const requests = trackRequests(page);
    await page.goto(new URL('search/', siteUrl).href);
    await settled(page, requests);
    expect(fetched).toEqual([]);
    const loading = page.waitForRequest((request) => isSearchRequest(request.url()));
    await page.locator('#search-query').focus();
    await loading;
    expectClean(problems);
    await context.close();
  });
});
