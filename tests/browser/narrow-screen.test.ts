/**
 * On the narrowest phone (320 px, WCAG 1.4.10): the index of recommendations gives each
 * recommendation's words in full, except on the home page, where they stand in full in the text
 * just above and the table keeps to one line a row; and no page heading breaks inside a word.
 * And with text at twice its size on a phone, set by a reader's style sheet on the root (which
 * media queries do not see), no page scrolls sideways and the header's links stay on the screen.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { loadEdition } from '../../src/lib/edition';
import {
  homePath,
  recommendationPath,
  recommendationsPath,
  searchPath,
  topicPath,
} from '../../src/lib/urls';
import { openPage, type PageProblems } from '../support/browser';
import { pageUrl } from '../support/site-pages';
import { useSharedBrowser } from '../support/shared-browser';

const siteUrl = inject('siteUrl');
const browser = useSharedBrowser();
let opened: { page: Page; problems: PageProblems };

beforeAll(async () => {
  const context = await browser().newContext({
    viewport: { width: 320, height: 640 },
    serviceWorkers: 'block',
  });
  opened = await openPage(context, siteUrl);
});

afterAll(async () => {
  await opened.page.context().close();
});

async function visit(path: string): Promise<Page> {
  const { page, problems } = opened;
  problems.errors.length = 0;
  await page.goto(pageUrl(siteUrl, path));
  expect(problems.errors).toEqual([]);
  return page;
}

/** Each row's words link: its text, and whether it shows whole (not cut short). */
function tableWords(page: Page) {
  return page.locator('.recommendation-table td:first-of-type a').evaluateAll((links) =>
    links.map((link) => ({
      text: link.textContent ?? '',
      whole: link.scrollWidth <= link.clientWidth,
      lines: Math.round(
        link.getBoundingClientRect().height / parseFloat(getComputedStyle(link).lineHeight),
      ),
    })),
  );
}

/** Words of the h1 that the browser set on more than one line. */
function splitWords(page: Page) {
  return page.locator('h1').evaluate((h1) => {
    const split: string[] = [];
    const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) split.push(match[0]);
      }
    }
    return split;
  });
}

describe.each(locales)('at 320 px, in %s', (lang) => {
  it('the index and a topic page give every recommendation’s words in full', async () => {
    const edition = await loadEdition(lang);
    // The recommendation with the longest words, which no 320 px line holds, and its topic.
    const longest = [...edition.recommendations].sort((a, b) => b.words.length - a.words.length)[0];
    const topic = longest?.topics[0];
    for (const path of [recommendationsPath(lang, '/'), topicPath(lang, topic?.id ?? '', '/')]) {
      const page = await visit(path);
      const rows = await tableWords(page);
      expect(rows.length, path).toBeGreaterThan(0);
      expect(
        rows.filter((row) => !row.whole),
        path,
      ).toEqual([]);
      expect(
        rows.some((row) => row.lines > 1),
        path,
      ).toBe(true);
    }
  });

  it('the home page’s table keeps each row’s words to one line, since the text above has them', async () => {
    const page = await visit(homePath(lang, '/'));
    const rows = await tableWords(page);
    expect(rows).toHaveLength((await loadEdition(lang)).recommendations.length);
    expect(rows.filter((row) => row.lines !== 1)).toEqual([]);
  });

  it('no page heading breaks inside a word', async () => {
    for (const path of [recommendationsPath(lang, '/'), homePath(lang, '/')]) {
      const page = await visit(path);
      expect(await splitWords(page), path).toEqual([]);
    }
  });
});

/** What leaves a 200%-text page's screen: its sideways scroll, and header links past an edge. */
function offScreen(page: Page) {
  return page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
    const links = [...document.querySelectorAll<HTMLElement>('.site-header a')];
    return {
      sideways: document.documentElement.scrollWidth - innerWidth,
      links: links
        .filter((link) => {
          const box = link.getBoundingClientRect();
          return box.left < 0 || box.right > innerWidth + 0.5;
        })
        .map((link) => link.textContent?.trim()),
      // The search link's name is shown whole or not at all, never cut.
      cutLabels: [...document.querySelectorAll<HTMLElement>('.search-label')]
        .filter((label) => label.clientWidth > 1 && label.scrollWidth > label.clientWidth)
        .map((label) => label.textContent),
    };
  });
}

describe.each(locales)('with text at twice its size on a phone, in %s', (lang) => {
  it('no page scrolls sideways and the header stays on the screen, at 375 and 640 px', async () => {
    const { page } = opened;
    try {
      for (const path of [
        homePath(lang, '/'),
        recommendationPath(lang, 'r6', '/'),
        searchPath(lang, '/'),
      ]) {
        await page.setViewportSize({ width: 375, height: 700 });
        await visit(path);
        // One load per page: the root's size stays as the window widens.
        for (const width of [375, 640]) {
          await page.setViewportSize({ width, height: 700 });
          expect(await offScreen(page), `${path} at ${width} px`).toEqual({
            sideways: 0,
            links: [],
            cutLabels: [],
          });
        }
      }
    } finally {
      await page.setViewportSize({ width: 320, height: 640 });
    }
  });
});
