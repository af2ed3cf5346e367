/**
 * Search as readers type it, on `/search/?q=…` in both languages: misspellings, acronyms, other
 * spellings and the other language find their page; each thing is listed once; excerpts read
 * as words; filters that leave nothing say so; a phone sees results under the field; a page
 * opened from a result shows its highlight without covering the text, at a clean address.
 */
import { joinElisions } from '../../src/lib/search-elision';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useSharedBrowser } from '../support/shared-browser';
import { openPage, openSitePage, type PageProblems } from '../support/browser';
import { joinedWords } from '../support/joined-words';
import { readIndexedPages } from '../../src/integrations/pagefind-fragments';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const browser = useSharedBrowser();

type Lang = 'en' | 'fr';
const prefix = (lang: Lang) => (lang === 'en' ? '' : `${lang}/`);
const pathOf = (path: string) => new URL(path, siteUrl).pathname;

/**
 * The cases open their search addresses one after the other in one page, each a new document
 * with new problem records: a new context for each would load Pagefind from nothing every time
 * and double this file's time. A case that needs other screen settings gets a context of its
 * own. The service worker is kept out, so every opening is served as a first visit's is.
 */
let reused: { page: Page; problems: PageProblems } | undefined;

async function open(path: string, options?: BrowserContextOptions) {
  if (options) return openSitePage(browser(), siteUrl, path, options);
  reused ??= await openPage(await browser().newContext({ serviceWorkers: 'block' }), siteUrl);
  const { page, problems } = reused;
  problems.errors.length = 0;
  problems.foreignRequests.length = 0;
  await page.goto(new URL(path, siteUrl).href);
  // The page stays open for the next case; the context closes with the file's connection.
  return { page, problems, close: async () => undefined };
}

function searchPath(lang: Lang, params: Record<string, string>) {
  return `${prefix(lang)}search/?${new URLSearchParams(params)}`;
}

/** Waits until the search page shows its answer to `query`. */
async function answered(page: Page, query: string) {
  await page.waitForFunction((q) => {
    const element = document.querySelector<HTMLElement>('search-page');
    return element?.dataset.state === 'done' && element.dataset.searched === q;
  }, query.trim());
}

interface Shown {
  path: string;
  title: string;
  excerpt: string;
  /** Each section link under the result: its path and fragment. */
  sections: string[];
  /** Every excerpt of the result, its sections' included. */
  excerpts: string[];
  marks: string[];
}

async function shown(page: Page): Promise<Shown[]> {
  return page.locator('[data-search-list] > li').evaluateAll((items) =>
    items.map((item) => {
      const at = (a: HTMLAnchorElement) => new URL(a.href);
      const heading = item.querySelector('h3 a') as HTMLAnchorElement;
      return {
        path: at(heading).pathname,
        title: heading.textContent ?? '',
        excerpt: item.querySelector(':scope > .excerpt')?.textContent ?? '',
        sections: [...item.querySelectorAll<HTMLAnchorElement>('.sections a')].map(
          (a) => `${at(a).pathname}${at(a).hash}`,
        ),
        excerpts: [...item.querySelectorAll('.excerpt')].map((p) => p.textContent ?? ''),
        marks: [...item.querySelectorAll('.excerpt mark')].map((m) => m.textContent ?? ''),
      };
    }),
  );
}

const status = (page: Page) => page.locator('[data-search-status]').textContent();
const advice = (page: Page) => page.locator('[data-search-advice]').innerText();

function expectClean(problems: PageProblems) {
  expect(problems).toEqual({ errors: [], foreignRequests: [] });
}

/**
 * Opens the search for `q` and returns the first five results' paths, following the first
 * "Did you mean" suggestion when the page offers one and the target is not there already.
 */
async function firstFive(lang: Lang, q: string, target: string) {
  const { page, problems, close } = await open(searchPath(lang, { q }));
  await answered(page, q);
  let paths = (await shown(page)).slice(0, 5).map((r) => r.path);
  let via: string | undefined;
  if (!paths.includes(pathOf(target))) {
    const suggestion = page.locator('.did-you-mean a').first();
    if (await suggestion.count()) {
      via = (await suggestion.textContent()) ?? '';
      await suggestion.click();
      await answered(page, via);
      paths = (await shown(page)).slice(0, 5).map((r) => r.path);
    }
  }
  return { paths, via, page, problems, close };
}

describe('misspellings find their page', () => {
  const cases: [Lang, string, string][] = [
    ['en', 'cybercrme', 'topics/cybercrime/'],
    ['en', 'counterfieting', 'topics/counterfeiting/'],
    ['en', 'Mikurya', ''],
    ['en', 'wildlfe', 'topics/wildlife-crime/'],
    ['en', 'custms unions', 'topics/customs-unions/'],
    ['en', 'utlity blcoks', 'recommendations/r6/'],
    ['en', 'excelence', 'recommendations/r1/'],
    ['fr', 'cybercriminalte', 'fr/topics/cybercrime/'],
    ['fr', 'contrefason', 'fr/topics/counterfeiting/'],
    ['fr', 'contrefacon', 'fr/topics/counterfeiting/'],
    ['fr', 'Mikurya', 'fr/'],
    ['fr', 'formaton', 'fr/recommendations/r2/'],
    ['fr', 'coopératon internationale', 'fr/topics/international-cooperation/'],
  ];

  it.each(cases)(
    '%s: “%s” finds %s in the first five, or after one suggestion',
    async (lang, q, target) => {
      const { paths, problems, close } = await firstFive(lang, q, target);
      expect(paths).toContain(pathOf(target));
      expectClean(problems);
      await close();
    },
  );

  it('shows a clearly right correction’s results at once, and says so', async () => {
    const { page, problems, close } = await open(searchPath('en', { q: 'cybercrme' }));
    await answered(page, 'cybercrme');
    expect(await status(page)).toMatch(
      /^“cybercrme” is not in this edition\. Showing \d+ results? for “cybercrime”\.$/,
    );
    expect(await page.inputValue('#search-query')).toBe('cybercrme');
    // Enter takes the correction into the field, and the address follows.
    await page.locator('#search-query').press('Enter');
    await answered(page, 'cybercrime');
    expect(await page.inputValue('#search-query')).toBe('cybercrime');
    expect(new URL(page.url()).searchParams.get('q')).toBe('cybercrime');
    expectClean(problems);
    await close();
  });

  it('offers the close words when none is clearly right: one click, or Enter, searches the first', async () => {
    const { page, problems, close } = await open(searchPath('en', { q: 'roel' }));
    await answered(page, 'roel');
    expect(await status(page)).toBe('No results for “roel”.');
    const links = page.locator('.did-you-mean a');
    expect(await links.allTextContents()).toEqual(['role', 'Noël']);
    expect(await page.locator('.did-you-mean').textContent()).toBe('Did you mean role or Noël?');
    expect(new URL((await links.first().getAttribute('href')) ?? '', siteUrl).search).toBe(
      '?q=role',
    );
    await page.locator('#search-query').press('Enter');
    await answered(page, 'role');
    expect((await shown(page)).map((r) => r.path)).toContain(pathOf('recommendations/r1/'));

    await page.locator('#search-query').fill('roel');
    await answered(page, 'roel');
    await page.locator('.did-you-mean a', { hasText: 'Noël' }).click();
    await answered(page, 'Noël');
    expect((await shown(page))[0]?.path).toBe(pathOf(''));
    expectClean(problems);
    await close();
  });

  it('says it in French on the French site', async () => {
    const { page, problems, close } = await open(searchPath('fr', { q: 'cybercriminalte' }));
    await answered(page, 'cybercriminalte');
    expect(await status(page)).toMatch(
      /^«\u202fcybercriminalte\u202f» ne figure pas dans cette édition\. Voici \d+ résultats? pour «\u202fcybercriminalité\u202f»\.$/,
    );
    await page.locator('#search-query').fill('zonne');
    await answered(page, 'zonne');
    expect(await page.locator('.did-you-mean').textContent()).toMatch(
      /^Vouliez-vous dire .+ ou .+\u202f\?$/,
    );
    expectClean(problems);
    await close();
  });
});

describe('acronyms and other spellings find their page', () => {
  const cases: [Lang, string, string][] = [
    ['en', 'AEO', 'topics/authorized-economic-operators/'],
    ['en', 'AEOs', 'topics/authorized-economic-operators/'],
    ['en', 'Authorised', 'topics/authorized-economic-operators/'],
    ['en', 'Authorised Economic Operator', 'topics/authorized-economic-operators/'],
    ['en', 'CBM', 'topics/coordinated-border-management/'],
    ['en', 'GNC', 'topics/globally-networked-customs/'],
    ['en', 'WCO', 'recommendations/r1/'],
    ['en', 'World Customs Organisation', 'recommendations/r1/'],
    ['en', 'center of excellence', 'recommendations/r1/'],
    ['en', 'capacity building program', 'recommendations/r5/'],
    ['fr', 'OEA', 'fr/topics/authorized-economic-operators/'],
    ['fr', 'OMD', 'fr/recommendations/r1/'],
    ['fr', 'DRI', 'fr/topics/globally-networked-customs/'],
    ['fr', 'gestion coordonnee des frontieres', 'fr/topics/coordinated-border-management/'],
  ];

  it.each(cases)('%s: “%s” finds %s in the first three', async (lang, q, target) => {
    const { page, problems, close } = await open(searchPath(lang, { q }));
    await answered(page, q);
    const top = (await shown(page)).slice(0, 3).map((r) => r.path);
    expect(top).toContain(pathOf(target));
    expectClean(problems);
    await close();
  });
});

describe('the other edition', () => {
  it('contrefacon on the English site points to the French results', async () => {
    const { page, problems, close } = await open(searchPath('en', { q: 'contrefacon' }));
    await answered(page, 'contrefacon');
    expect(await status(page)).toBe('No results for “contrefacon”.');
    const link = page.locator('.other-edition a');
    expect(await page.locator('.other-edition').textContent()).toBe(
      'The French edition has results for “contrefacon”: search the French edition',
    );
    expect(await link.getAttribute('hreflang')).toBe('fr');
    await link.click();
    await page.waitForURL((url) => url.pathname === pathOf('fr/search/'));
    await answered(page, 'contrefacon');
    expect((await shown(page))[0]?.path).toBe(pathOf('fr/topics/counterfeiting/'));
    expectClean(problems);
    await close();
  });

  it('English words on the French site point to the English results, filters kept', async () => {
    const { page, problems, close } = await open(
      searchPath('fr', { q: 'counterfeiting', type: 'topic' }),
    );
    await answered(page, 'counterfeiting');
    const link = page.locator('.other-edition a');
    expect(await link.textContent()).toBe('chercher dans l’édition anglaise');
    const target = new URL((await link.getAttribute('href')) ?? '', siteUrl);
    expect(target.pathname).toBe(pathOf('search/'));
    expect(Object.fromEntries(target.searchParams)).toEqual({ q: 'counterfeiting', type: 'topic' });
    expectClean(problems);
    await close();
  });

  it('an acronym of the other language is named, and its loose matches here are not listed', async () => {
    // Pagefind's loose matching finds "à" for "AEO" on the French site: 15 pages of noise.
    const { page, problems, close } = await open(searchPath('fr', { q: 'AEO' }));
    await answered(page, 'AEO');
    expect(await advice(page)).toContain(
      'L’édition anglaise a des résultats pour «\u202fAEO\u202f»',
    );
    expect(await status(page)).toBe('Aucun résultat pour «\u202fAEO\u202f».');
    expect(await shown(page)).toEqual([]);
    expectClean(problems);
    await close();
  });

  it('a word of this edition gets no pointer elsewhere', async () => {
    const { page, problems, close } = await open(searchPath('en', { q: 'cybercrime' }));
    await answered(page, 'cybercrime');
    expect(await page.locator('.other-edition').count()).toBe(0);
    expectClean(problems);
    await close();
  });
});

/** Each recommendation's words, by id, from the edition's data export. */
async function recommendationWords(lang: Lang): Promise<Map<string, string>> {
  const data = JSON.parse(
    await readFile(join(distDir, prefix(lang), 'declaration.json'), 'utf8'),
  ) as { recommendations: { id: string; words: string }[] };
  return new Map(data.recommendations.map((r) => [r.id, r.words]));
}

/** Runs of five words of `words`, as an excerpt would quote them. */
function quotedRuns(words: string): string[] {
  const list = words.split(/\s+/);
  return list.length < 5
    ? [words]
    : list.slice(0, list.length - 4).map((_, i) => list.slice(i, i + 5).join(' '));
}

describe('one result per thing', () => {
  const queries: [Lang, string][] = [
    ['en', 'cybercrime'],
    ['en', 'training'],
    ['en', 'WCO'],
    ['en', 'AEO'],
    ['en', 'utility blocks'],
    ['en', 'customs'],
    ['en', 'It encouraged the Organization to develop training in cybercrime'],
    ['fr', 'formation'],
    ['fr', 'OMD'],
    ['fr', 'blocs utilitaires'],
  ];

  it.each(queries)(
    '%s: each recommendation is listed at most once in the first ten for “%s”',
    async (lang, q) => {
      const words = await recommendationWords(lang);
      const { page, problems, close } = await open(searchPath(lang, { q }));
      await answered(page, q);
      const top = (await shown(page)).slice(0, 10);
      expect(top.length).toBeGreaterThan(0);
      const text = pathOf(prefix(lang));
      for (const [id, said] of words) {
        const own = pathOf(`${prefix(lang)}recommendations/${id}/`);
        const runs = quotedRuns(said);
        // A result holds the recommendation if it is its page, links to its place in the
        // text, or quotes five words of it running.
        const holding = top.filter(
          (r) =>
            r.path === own ||
            r.sections.includes(`${text}#${id}`) ||
            r.excerpts.some((excerpt) => runs.some((run) => excerpt.includes(run))),
        );
        expect(
          holding.length,
          `${id} in ${holding.map((r) => r.path).join(', ')}`,
        ).toBeLessThanOrEqual(1);
        const listed = top.find((r) => r.path === own);
        // Its place in the text is under its own page.
        if (listed) expect(listed.sections).toContain(`${text}#${id}`);
      }
      expectClean(problems);
      await close();
    },
  );

  it('the count leaves out the copies it did not list', async () => {
    const { page, problems, close } = await open(searchPath('en', { q: 'utility blocks' }));
    await answered(page, 'utility blocks');
    const results = await shown(page);
    expect(results.map((r) => r.path)).toEqual([pathOf('recommendations/r6/')]);
    expect(await status(page)).toBe('1 result for “utility blocks”.');
    expectClean(problems);
    await close();
  });
});

/** A page's text as the search index holds it, with single spaces. */
async function indexedText(path: string): Promise<string> {
  indexed ??= readIndexedPages(join(distDir, 'pagefind'));
  const page = (await indexed).find((p) => p.url === path);
  // As the page shows it: the index holds French elisions split ("l’ OMD", search-elision.ts).
  return page
    ? joinElisions(page.content.replace(/\s+/g, ' ').trim())
    : `${path} is not in the index`;
}
let indexed: ReturnType<typeof readIndexedPages> | undefined;

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('excerpts', () => {
  const queries: [Lang, string][] = [
    ['en', 'cybercrime'],
    ['en', 'AEO'],
    ['en', 'topic'],
    ['en', 'recommendation'],
    ['en', 'concerns'],
    ['en', 'adopted'],
    ['en', 'customs'],
    ['fr', 'OEA'],
    ['fr', 'thème'],
    ['fr', 'concerne'],
    ['fr', 'douanes'],
  ];

  it.each(queries)(
    '%s: no excerpt for “%s” joins two words or a label to its value, or stops within a sentence unmarked, and marks hold words only',
    async (lang, q) => {
      const { page, problems, close } = await open(searchPath(lang, { q }));
      await answered(page, q);
      const results = await shown(page);
      for (const result of results) {
        for (const excerpt of result.excerpts) {
          expect(joinedWords(excerpt), result.path).toEqual([]);
          // Pagefind cuts its window anywhere; a cut says so, held to its word. A window
          // may also stop where the page's indexed text does.
          if (!/(\S\u00a0…|[.!?]["'»”’)]*)$/u.test(excerpt)) {
            const lastWords = excerpt.split(/\s+/).slice(-4).join(' ');
            expect(await indexedText(result.path), excerpt).toMatch(
              new RegExp(`${escaped(lastWords)}$`),
            );
          }
          expect(excerpt, result.path).not.toMatch(/^…(?!\u00a0\S)/u);
          // French spacing, as on the pages: no plain space before : ; ! ? » or after «.
          if (lang === 'fr') expect(excerpt, result.path).not.toMatch(/ [:;!?»]|« /u);
          // A fact's label and its value do not run together: "Concerns: The WCO".
          expect(excerpt, result.path).not.toMatch(/\b(Concerns|Topics|Concerne|Thèmes) \p{Lu}/u);
        }
        for (const mark of result.marks)
          expect(mark, result.path).toMatch(/^[\p{L}\p{N}](.*[\p{L}\p{N}])?$/u);
      }
      expectClean(problems);
      await close();
    },
  );

  it.each([
    ['en', 'cybercrime'],
    ['fr', 'cybercriminalité'],
  ] as [Lang, string][])(
    '%s: an excerpt does not repeat the number and title its result shows (“%s”)',
    async (lang, q) => {
      const { page, problems, close } = await open(searchPath(lang, { q }));
      await answered(page, q);
      const results = await shown(page);
      const entries = results.filter((r) => /\/(recommendations|topics)\/[^/]+\/$/.test(r.path));
      expect(entries.length).toBeGreaterThanOrEqual(2);
      // Where the results are, they say whose their numbers, titles and readings are.
      const note = page.locator('[data-search-results] .note');
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toMatch(lang === 'en' ? /the editors’/ : /des éditeurs/);
      for (const result of results) {
        expect(result.excerpt, result.path).not.toContain(`${result.title}.`);
        // Nor the end of the title, when Pagefind's window opens within it.
        const words = `${result.title}.`.split(/\s+/);
        const opening = result.excerpt.replace(/^…\u00a0/, '');
        for (let k = 1; k < words.length - 1; k += 1) {
          expect(opening, result.path).not.toMatch(
            new RegExp(`^${escaped(words.slice(k).join(' '))}`),
          );
        }
        expect(result.excerpt.length, result.path).toBeGreaterThan(0);
      }
      expectClean(problems);
      await close();
    },
  );

  it('marks a window that starts within a sentence', async () => {
    const { page, problems, close } = await open(searchPath('en', { q: 'customs' }));
    await answered(page, 'customs');
    const starts = (await shown(page)).flatMap((r) => r.excerpts).map((e) => e.slice(0, 2));
    expect(starts).toContain('…\u00a0');
    expectClean(problems);
    await close();
  });
});

describe('places in the report', () => {
  it('are listed only where the query’s own words are, not its “the” or “des”', async () => {
    for (const [lang, q, word] of [
      ['en', 'the WCO', /\bWCO\b/],
      ['fr', 'renforcement des capacites', /renforcement|capacités/],
    ] as const) {
      const { page, problems, close } = await open(searchPath(lang, { q }));
      await answered(page, q);
      const report = pathOf(lang === 'en' ? '' : 'fr/');
      const places = (await shown(page))
        .flatMap((r) => r.sections)
        .filter((place) => place.split('#')[0] === report);
      expect(places.length).toBeGreaterThan(0);
      const texts = await page.evaluate(async (paths) => {
        const read = async (path: string) => {
          const [url = '', id = ''] = path.split('#');
          const html = await (await fetch(url)).text();
          const doc = new DOMParser().parseFromString(html, 'text/html');
          return doc.getElementById(id)?.closest('p')?.textContent ?? '';
        };
        return Promise.all(paths.map(read));
      }, places);
      for (const [i, text] of texts.entries()) expect(text, places[i]).toMatch(word);
      expectClean(problems);
      await close();
    }
  });
});

describe('a corrected query', () => {
  it('checks the corrected phrase, and keeps saying it was corrected after “Show more”', async () => {
    const { page, problems, close } = await open(
      searchPath('en', { q: '"capacity bulding programme"' }),
    );
    await answered(page, '"capacity bulding programme"');
    expect(await status(page)).toBe(
      '“‘capacity bulding programme’” is not in this edition. Showing 1 result for “‘capacity building programme’”.',
    );
    expect((await shown(page)).map((r) => r.path)).toContain(pathOf('recommendations/r5/'));
    await page.locator('#search-query').fill('customz');
    await answered(page, 'customz');
    const before = await status(page);
    expect(before).toMatch(
      /^“customz” is not in this edition\. Showing \d+ results for “Customs”\.$/,
    );
    await page.locator('[data-search-more]').click();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-search-list] > li').length > 10,
    );
    expect(await status(page)).toBe(before);
    expectClean(problems);
    await close();
  });
});

describe('an entry named by its number', () => {
  it.each([
    ['en', 'recommendation 3', 'recommendations/r3/'],
    ['fr', 'recommandation 3', 'fr/recommendations/r3/'],
    ['fr', 'thème 2', 'fr/topics/cybercrime/'],
  ] as [Lang, string, string][])(
    '%s: “%s” lists that entry, not others of its kind',
    async (lang, q, path) => {
      const { page, problems, close } = await open(searchPath(lang, { q }));
      await answered(page, q);
      const results = await shown(page);
      expect(results[0]?.path).toBe(pathOf(path));
      const kind = path.includes('/topics/') ? '/topics/' : '/recommendations/';
      expect(results.filter((r) => r.path.includes(kind)).map((r) => r.path)).toEqual([
        pathOf(path),
      ]);
      expectClean(problems);
      await close();
    },
  );
});

describe('French elision', () => {
  it('a word after l’ or d’ is found, and its result reads as the page does', async () => {
    const { page, problems, close } = await open(searchPath('fr', { q: 'excellence' }));
    await answered(page, 'excellence');
    let results = await shown(page);
    expect(results.map((r) => r.path)).toContain(pathOf('fr/recommendations/r1/'));
    // "OMD" is also in "l’OMD", as in recommendation 5's title and the report.
    await page.locator('#search-query').fill('OMD');
    await answered(page, 'OMD');
    results = await shown(page);
    expect(results.map((r) => r.path)).toEqual(
      expect.arrayContaining([pathOf('fr/recommendations/r5/'), pathOf('fr/recommendations/r6/')]),
    );
    for (const result of results) expect(result.excerpt, result.path).not.toMatch(/’ /u);
    // Typed with a keyboard's straight apostrophe, as most are.
    await page.locator('#search-query').fill("l'OMD");
    await answered(page, "l'OMD");
    expect((await shown(page)).map((r) => r.path).sort()).toEqual(
      results.map((r) => r.path).sort(),
    );
    // Only the query's own words are marked: not "le" or "la", which Pagefind also matched.
    const marks = await page.locator('.excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((m) => !/^omd$/iu.test(m))).toEqual([]);
    expectClean(problems);
    await close();
  });
});

describe('the page a result opens', () => {
  it('is asked to mark the query’s own words, not “the”', async () => {
    const { page, problems, close } = await open(searchPath('en', { q: 'the WCO' }));
    await answered(page, 'the WCO');
    const hrefs = await page
      .locator('[data-search-list] a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const marked = hrefs.flatMap((href) => new URL(href).searchParams.getAll('pagefind-highlight'));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.map((w) => w.toLowerCase())).not.toContain('the');
    expectClean(problems);
    await close();
  });
});

describe('phrases in quotation marks', () => {
  it('find only the pages that hold the words in that order', async () => {
    const { page, problems, close } = await open(searchPath('en', { q: '"programme building"' }));
    await answered(page, '"programme building"');
    // The report says "capacity building programme": the words, but not that phrase.
    expect(await status(page)).toBe('No results for “‘programme building’”.');
    expect(await shown(page)).toEqual([]);
    // Nor a phrase that runs from the report's words into the editors' label after them.
    await page.locator('#search-query').fill('"AEO concerns"');
    await answered(page, '"AEO concerns"');
    expect(await shown(page)).toEqual([]);
    await page.locator('#search-query').fill('"capacity building programme"');
    await answered(page, '"capacity building programme"');
    const results = await shown(page);
    expect(results.map((r) => r.path)).toContain(pathOf('recommendations/r5/'));
    for (const result of results) {
      expect((await indexedText(result.path)).toLowerCase()).toContain(
        'capacity building programme',
      );
    }
    expectClean(problems);
    await close();
  });
});

describe('the report among the results', () => {
  it('is named as the report, and the type filter selects it alone', async () => {
    const { page, problems, close } = await open(searchPath('en', { q: 'Mikuriya' }));
    await answered(page, 'Mikuriya');
    const first = page.locator('[data-search-list] > li').first();
    expect(await first.locator('h3 a').getAttribute('href')).toMatch(new RegExp(`^${pathOf('')}`));
    expect(await first.locator('.kind').textContent()).toBe('The report');
    await page.goto(new URL(searchPath('fr', { type: 'report' }), siteUrl).href);
    await answered(page, '');
    expect((await shown(page)).map((r) => r.path)).toEqual([pathOf('fr/')]);
    expect(await page.locator('[data-search-list] .kind').textContent()).toBe(
      'L’article (notre traduction)',
    );
    expectClean(problems);
    await close();
  });
});

describe('the report’s result', () => {
  it('leads to its best paragraph, where the words are', async () => {
    const { page, problems, close } = await open(searchPath('en', { q: 'Noel Colpin' }));
    await answered(page, 'Noel Colpin');
    const report = page.locator('[data-search-list] > li', { hasText: 'The report' }).first();
    expect(new URL((await report.locator('h3 a').getAttribute('href')) ?? '', siteUrl).hash).toBe(
      '#p5',
    );
    expectClean(problems);
    await close();
  });
});

describe('filters alone', () => {
  it('list what they select, in the edition’s order, and say which filters', async () => {
    const { page, problems, close } = await open(
      searchPath('fr', { concerns: 'wco', type: 'recommendation' }),
    );
    await answered(page, '');
    expect(await status(page)).toBe(
      '4 résultats pour Concerne\u00a0: L’OMD et Type\u00a0: Recommandation.',
    );
    expect((await shown(page)).map((r) => r.path)).toEqual(
      [1, 2, 3, 4].map((n) => pathOf(`fr/recommendations/r${n}/`)),
    );
    expect(await page.locator('[data-search-hint]').isVisible()).toBe(false);
    // With the filters cleared, the page is back to its browse list.
    await page.locator('#search-type').selectOption('');
    await page.locator('#search-concerns').selectOption('');
    await page.locator('[data-search-browse]').waitFor({ state: 'visible' });
    expect(await shown(page)).toEqual([]);
    expectClean(problems);
    await close();
  });
});

describe('filters that leave nothing', () => {
  it('are named, with a link that searches without them', async () => {
    const { page, problems, close } = await open(
      searchPath('en', { q: 'wildlife', concerns: 'wco', type: 'recommendation' }),
    );
    await answered(page, 'wildlife');
    expect(await status(page)).toBe('No results for “wildlife”.');
    expect(await page.locator('.filtered').textContent()).toBe(
      'The filters chosen (Concerns: The WCO and Type: Recommendation) leave no result. Search without filters',
    );
    const link = page.locator('.filtered a');
    expect(new URL((await link.getAttribute('href')) ?? '', siteUrl).search).toBe('?q=wildlife');
    await link.click();
    await answered(page, 'wildlife');
    expect((await shown(page))[0]?.path).toBe(pathOf('topics/wildlife-crime/'));
    expect(new URL(page.url()).search).toBe('?q=wildlife');
    expect(await page.inputValue('#search-concerns')).toBe('');
    expectClean(problems);
    await close();
  });

  it('an address shared with the former filter name (addressee) still filters, and is named', async () => {
    const { page, problems, close } = await open(
      searchPath('en', { q: 'counterfeiting', addressee: 'wco' }),
    );
    await answered(page, 'counterfeiting');
    expect(await page.inputValue('#search-concerns')).toBe('wco');
    expect(new URL(page.url()).searchParams.get('concerns')).toBe('wco');
    expect(new URL(page.url()).searchParams.has('addressee')).toBe(false);
    expect(await page.locator('.filtered').textContent()).toContain('Concerns: The WCO');
    expectClean(problems);
    await close();
  });

  it('are named in French on the French site', async () => {
    const { page, problems, close } = await open(
      searchPath('fr', { q: 'espèces sauvages', addressee: 'customs-administrations' }),
    );
    await answered(page, 'espèces sauvages');
    expect(await page.locator('.filtered').textContent()).toBe(
      'Les filtres choisis (Concerne\u00a0: Administrations des douanes) ne laissent aucun résultat. Chercher sans filtre',
    );
    expectClean(problems);
    await close();
  });
});

describe('on a phone', () => {
  it.each(['en', 'fr'] as const)(
    '%s: the first result starts on the first screen, under the field',
    async (lang) => {
      const q = lang === 'en' ? 'cybercrime' : 'cybercriminalité';
      const { page, problems, close } = await open(searchPath(lang, { q }), {
        viewport: { width: 375, height: 667 },
      });
      await answered(page, q);
      const field = await page.locator('#search-query').boundingBox();
      const first = await page.locator('[data-search-list] > li h3').first().boundingBox();
      expect(first && field && first.y > field.y).toBe(true);
      expect((first?.y ?? Infinity) + (first?.height ?? 0)).toBeLessThanOrEqual(667);
      expectClean(problems);
      await close();
    },
  );

  it('a filter set in the address is named on the folded filters, and the results stay on the first screen', async () => {
    const { page, problems, close } = await open(
      searchPath('en', { q: 'training', concerns: 'wco' }),
      { viewport: { width: 375, height: 667 } },
    );
    await answered(page, 'training');
    expect(await page.locator('.filters summary').textContent()).toBe(
      'Narrow the results (Concerns: The WCO)',
    );
    expect(await status(page)).toMatch(/^\d+ results? for “training” with Concerns: The WCO\.$/);
    const first = await page.locator('[data-search-list] > li h3').first().boundingBox();
    expect((first?.y ?? Infinity) + (first?.height ?? 0)).toBeLessThanOrEqual(667);
    // Opened, it shows the filter chosen; cleared, the summary names none.
    await page.locator('.filters summary').click();
    expect(await page.locator('#search-concerns').inputValue()).toBe('wco');
    await page.locator('#search-concerns').selectOption('');
    await answered(page, 'training');
    expect(await page.locator('.filters summary').textContent()).toBe('Narrow the results');
    expectClean(problems);
    await close();
  });
});

describe('arriving from a result', () => {
  it('shows the highlight with a notice at the foot of the screen that hides nothing, and a clean address to copy', async () => {
    const { page, problems, close } = await open(searchPath('en', { q: 'utility blocks' }), {
      viewport: { width: 375, height: 667 },
    });
    await answered(page, 'utility blocks');
    const excerptHit = await page
      .locator('.excerpt mark')
      .first()
      .evaluate((mark) => getComputedStyle(mark).backgroundColor);
    const place = page.locator('.sections a[href*="#r6"]').first();
    await place.click();
    await page.waitForURL((url) => url.pathname === pathOf('') && url.hash === '#r6');
    const notice = page.locator('search-highlight');
    await notice.waitFor({ state: 'visible' });
    const marked = await page.locator('#r6 mark.pagefind-highlight').allTextContents();
    expect(marked.map((m) => m.toLowerCase())).toEqual(
      expect.arrayContaining(['utility', 'blocks']),
    );
    // A term inside a recommendation's words stands out from their mark: its own hue and rule.
    const looks = await page
      .locator('#r6 mark.pagefind-highlight')
      .first()
      .evaluate((hit) => {
        const mark = hit.parentElement?.closest('mark');
        return {
          hit: getComputedStyle(hit).backgroundColor,
          mark: mark ? getComputedStyle(mark).backgroundColor : '',
          rule: parseFloat(getComputedStyle(hit).borderBottomWidth),
        };
      });
    expect(looks.mark).not.toBe('');
    expect(looks.hit).not.toBe(looks.mark);
    expect(looks.rule).toBeGreaterThanOrEqual(2);
    // …and as the search page showed it in the excerpt.
    expect(looks.hit).toBe(excerptHit);
    // The address a reader copies now is the page's own.
    await page.waitForFunction(() => !location.search.includes('pagefind-highlight'));
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe('#r6');
    // First in the content, so read and reached first; shown along the foot of the screen.
    expect(
      await notice.evaluate(
        (n) =>
          n.parentElement?.id === 'main' &&
          n === n.parentElement.querySelector(':scope > :not(.breadcrumbs)'),
      ),
    ).toBe(true);
    const noticeBox = await notice.boundingBox();
    expect(noticeBox?.x).toBe(0);
    expect(noticeBox?.width).toBe(375);
    expect(Math.round((noticeBox?.y ?? 0) + (noticeBox?.height ?? 0))).toBe(667);
    // The page scrolls to the words (smoothly), and comes to rest with the notice below them.
    await page.waitForFunction(() => {
      const words = document.querySelector('#r6')?.getBoundingClientRect();
      const below = document.querySelector('search-highlight')?.getBoundingClientRect();
      return words && below && words.top >= 0 && words.bottom <= below.top;
    });
    // Nothing is out of reach under it: the page's end scrolls clear of it, and a link that
    // takes the focus is kept above it.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(
      () => scrollY + innerHeight >= document.documentElement.scrollHeight - 1,
    );
    const footerBox = await page.locator('.site-footer').boundingBox();
    const atEnd = await notice.boundingBox();
    expect(footerBox && atEnd && footerBox.y + footerBox.height <= atEnd.y + 0.5).toBe(true);
    const keptClear = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockEnd),
    );
    expect(keptClear).toBeGreaterThanOrEqual(atEnd?.height ?? Infinity);
    await page.getByRole('button', { name: 'Clear highlighting' }).click();
    expect(await page.locator('mark.pagefind-highlight').count()).toBe(0);
    expect(await notice.isVisible()).toBe(false);
    // Cleared, the page gives back the room it kept.
    expect(
      await page.evaluate(
        () => parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockEnd) || 0,
      ),
    ).toBe(0);
    expectClean(problems);
    await close();
  });
});

/**
 * Opens `path` at 375 px with the scripts whose URL matches `held` held back until `release` is
 * called, recording the page's layout shifts (their sum is its CLS) from the first paint.
 */
async function openHeld(path: string, held: RegExp) {
  const context = await browser().newContext({
    viewport: { width: 375, height: 667 },
    serviceWorkers: 'block',
  });
  const { page, problems } = await openPage(context, siteUrl);
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
        shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(held, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(new URL(path, siteUrl).href, { waitUntil: 'commit' });
  // Parsed and styled, the held script not yet run: what a reader on a slow line sees first.
  await page.waitForFunction(
    () =>
      document.readyState !== 'loading' &&
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every(
        (link) => link.sheet,
      ),
  );
  const cls = () =>
    page.evaluate(() =>
      (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
    );
  return { page, problems, release, cls, close: () => context.close() };
}

describe('on a slow line', () => {
  it('the search page never says scripts are off while its script is on its way, and moves once', async () => {
    const { page, problems, release, cls, close } = await openHeld(
      searchPath('en', { q: 'training' }),
      /\/SearchPage[^/]*\.js$/,
    );
    expect(await page.locator('[data-search-nojs]').isVisible()).toBe(false);
    expect(await page.locator('[data-search-browse]').isVisible()).toBe(true);
    release();
    await answered(page, 'training');
    expect((await shown(page)).length).toBeGreaterThan(0);
    expect(await page.locator('[data-search-browse]').isVisible()).toBe(false);
    // Google's threshold for a good page: at most 0.1.
    expect(await cls()).toBeLessThan(0.1);
    expectClean(problems);
    await close();
  });
});

describe('arriving from a result on a slow line', () => {
  it('the notice that comes seconds after the text does not move it', async () => {
    const { page, problems, release, cls, close } = await openHeld(
      'recommendations/r2/?pagefind-highlight=training',
      /\/pagefind\/pagefind-highlight\.js$/,
    );
    // The text is on screen, the terms not yet marked: the reader has started reading.
    expect(await page.locator('search-highlight').isVisible()).toBe(false);
    release();
    await page.locator('search-highlight').waitFor({ state: 'visible' });
    expect(await page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    expect(await cls()).toBe(0);
    expectClean(problems);
    await close();
  });
});

describe('what search fetches', () => {
  const isBundle = (url: string) => new URL(url).pathname.startsWith(pathOf('pagefind/'));

  it('the vocabulary comes with the index once the field is used; the other only on a miss', async () => {
    const context = await browser().newContext();
    const { page, problems } = await openPage(context, siteUrl);
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (isBundle(request.url())) fetched.push(new URL(request.url()).pathname);
    });
    await page.goto(new URL('search/', siteUrl).href);
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    await page.locator('#search-query').pressSequentially('cybercrime');
    await answered(page, 'cybercrime');
    expect(fetched).toContain(pathOf('pagefind/vocabulary.en.json'));
    expect(fetched).not.toContain(pathOf('pagefind/vocabulary.fr.json'));
    await page.locator('#search-query').fill('contrefacon');
    await answered(page, 'contrefacon');
    expect(fetched).toContain(pathOf('pagefind/vocabulary.fr.json'));
    expect(fetched.filter((p) => p.endsWith('vocabulary.en.json'))).toHaveLength(1);
    expectClean(problems);
    await context.close();
  });
});
