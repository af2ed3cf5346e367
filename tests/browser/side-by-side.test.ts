/**
 * The side-by-side page in each language, in Chromium on the served build: every unit aligned
 * (as many halves in each language, the same recommendations marked in both, each pair on one
 * row of equal height on a wide screen), links to a unit landing on it, the pairs stacked on a
 * phone, one language at a time with or without JavaScript, and no axe violation.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useSharedBrowser } from '../support/shared-browser';
import { loadEdition } from '../../src/lib/edition';
import { axeViolations, injectAxe } from '../support/axe';
import { withPage } from '../support/browser-case';
import { pageUrl } from '../support/site-pages';

const siteUrl = inject('siteUrl');
const original = await loadEdition('en');
const units = original.text.paragraphs.length + 2;
const recommendations = original.recommendations.map((r) => String(r.number));
const browser = useSharedBrowser();

interface HalfBox {
  lang: string;
  top: number;
  height: number;
  bottom: number;
  width: number;
  visible: boolean;
  /** The editors' numbers of the recommendations marked in the half, in order. */
  marks: string[];
}

/** Each unit's halves as laid out, in document order. */
function layout(page: Page): Promise<{ id: string; width: number; halves: HalfBox[] }[]> {
  return page.evaluate(`[...document.querySelectorAll('.side-by-side .unit[id]')].map((unit) => ({
    id: unit.id,
    width: unit.getBoundingClientRect().width,
    halves: [...unit.querySelectorAll('[data-side]')].map((half) => {
      const box = half.getBoundingClientRect();
      return {
        lang: half.getAttribute('lang'),
        top: box.top,
        height: box.height,
        bottom: box.bottom,
        width: box.width,
        visible: half.getClientRects().length > 0,
        marks: [...half.querySelectorAll('.rec .rec-ref')].map((a) => a.dataset.number),
      };
    }),
  }))`);
}

function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(`(() => {
    const box = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  })()`);
}

const languages = [
  {
    lang: 'en',
    path: 'side-by-side/',
    only: ['English only', 'French only'],
    both: 'Both languages',
  },
  {
    lang: 'fr',
    path: 'fr/side-by-side/',
    only: ['Anglais seulement', 'Français seulement'],
    both: 'Les deux langues',
  },
] as const;

describe.each(languages)('the side-by-side page in $lang', ({ lang, path, only, both }) => {
  const url = pageUrl(siteUrl, path);
  const wide = { viewport: { width: 1280, height: 900 } };
  const phone = { viewport: { width: 375, height: 667 }, isMobile: true };

  it('aligns every unit: as many halves in each language, the same recommendations, each pair on one row of one height', async () => {
    await withPage(browser(), siteUrl, wide, async ({ page, problems }) => {
      await page.goto(url);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      const rows = await layout(page);
      expect(rows).toHaveLength(units);
      const count = (l: string) => rows.flatMap((r) => r.halves).filter((h) => h.lang === l).length;
      expect([count('en'), count('fr')]).toEqual([units, units]);
      for (const { id, halves } of rows) {
        const [en, fr] = halves;
        expect(
          halves.map((h) => h.lang),
          id,
        ).toEqual(['en', 'fr']);
        expect(Math.abs((en?.top ?? 0) - (fr?.top ?? 1)), id).toBeLessThan(1);
        expect(Math.abs((en?.height ?? 0) - (fr?.height ?? 1)), id).toBeLessThan(1);
        expect(fr?.marks, id).toEqual(en?.marks);
      }
      expect(rows.flatMap((r) => r.halves[0]?.marks ?? [])).toEqual(recommendations);
      // The header and the footer take the same wide column: their text starts where the page's does.
      const [header, heading, footer] = (await page.evaluate(
        `['.site-header .site-name', 'main h1', '.site-footer .inner p'].map(
          (selector) => document.querySelector(selector)?.getBoundingClientRect().left)`,
      )) as number[];
      expect(Math.abs((header ?? 0) - (heading ?? 1))).toBeLessThan(1);
      expect(Math.abs((footer ?? 0) - (heading ?? 1))).toBeLessThan(1);
      // Each paragraph's number link is one line high, so its focus outline frames the number.
      const numberHeights = await page
        .locator('.side-by-side a.num')
        .evaluateAll((links) =>
          links.map(
            (a) => a.getBoundingClientRect().height / parseFloat(getComputedStyle(a).lineHeight),
          ),
        );
      expect(numberHeights.length).toBeGreaterThan(0);
      expect(numberHeights.filter((lines) => lines > 1.01)).toEqual([]);
      expect(problems).toEqual({ errors: [], foreignRequests: [] });
    });
  });

  it('lands on the pair of paragraphs or the recommendation a link names, in both languages', async () => {
    await withPage(browser(), siteUrl, wide, async ({ page }) => {
      await page.goto(`${url}#r3`);
      await expect.poll(() => inViewport(page, '#r3'), { timeout: 5000 }).toBe(true);
      // The French words of the same recommendation stand in the same row, in view too.
      const twin = '.unit:has(#r3) [data-side="fr"] .rec:has(> .rec-ref[href$="/r3/"])';
      expect(await page.locator(twin).count()).toBe(1);
      await expect.poll(() => inViewport(page, twin), { timeout: 5000 }).toBe(true);
      const shade = await page.evaluate(
        `getComputedStyle(document.querySelector('.unit:has(#r3)')).backgroundColor`,
      );
      expect(shade).not.toBe('rgba(0, 0, 0, 0)');
      await page.goto(`${url}#p4`);
      await expect
        .poll(() => inViewport(page, '#p4 [data-side="en"]'), { timeout: 5000 })
        .toBe(true);
    });
  });

  it('links the French half to the French pages and the English half to the English ones, with hreflang', async () => {
    await withPage(browser(), siteUrl, wide, async ({ page }) => {
      await page.goto(url);
      const links = (side: string) =>
        page.$$eval(`[data-side="${side}"] a[href]`, (as) =>
          as.map((a) => [
            new URL((a as HTMLAnchorElement).href).pathname,
            a.getAttribute('hreflang'),
          ]),
        );
      const base = new URL(siteUrl).pathname;
      for (const side of ['en', 'fr']) {
        const found = await links(side);
        expect(found.length).toBeGreaterThan(0);
        for (const [href, hreflang] of found) {
          expect(href?.startsWith(`${base}fr/`), href ?? '').toBe(side === 'fr');
          expect(href?.startsWith(base), href ?? '').toBe(true);
          expect(hreflang, href ?? '').toBe(side === lang ? null : side);
        }
      }
    });
  });

  it('stacks each pair on a 375 px screen, the original above its translation', async () => {
    await withPage(browser(), siteUrl, phone, async ({ page }) => {
      await page.goto(url);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
      for (const { id, width, halves } of await layout(page)) {
        const [en, fr] = halves;
        expect((fr?.top ?? 0) >= (en?.bottom ?? 1) - 1, id).toBe(true);
        // Each half takes the column's width, less the number beside the first line.
        expect(en?.width ?? 0, id).toBeGreaterThan(width * 0.8);
        expect(fr?.width ?? 0, id).toBeGreaterThan(width * 0.8);
      }
    });
  });

  it.each([true, false])(
    'shows one language only, and both again, with JavaScript %s',
    async (javaScriptEnabled) => {
      await withPage(browser(), siteUrl, { ...phone, javaScriptEnabled }, async ({ page }) => {
        await page.goto(url);
        const visible = async () =>
          (await layout(page)).flatMap((r) => r.halves.filter((h) => h.visible).map((h) => h.lang));
        await page.getByLabel(only[0]).check();
        expect(new Set(await visible())).toEqual(new Set(['en']));
        await page.getByLabel(only[1]).check();
        expect(new Set(await visible())).toEqual(new Set(['fr']));
        await page.getByLabel(both).check();
        expect(await visible()).toHaveLength(units * 2);
      });
    },
  );

  it('reads without JavaScript: the heading, the date line and every paragraph in both languages', async () => {
    const french = await loadEdition('fr');
    await withPage(browser(), siteUrl, { ...wide, javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(url);
      // Each half's words, without the editors' numbers set before the marked words.
      const halves = (side: string): Promise<string[]> =>
        page.evaluate(`[...document.querySelectorAll('.unit[id] [data-side="${side}"]')].map((half) => {
          const copy = half.cloneNode(true);
          copy.querySelectorAll('.rec-ref').forEach((n) => n.remove());
          return copy.textContent.replace(/[ \\t\\r\\n]+/g, ' ').trim();
        })`);
      for (const edition of [original, french]) {
        expect(await halves(edition.lang)).toEqual([
          edition.text.headline,
          edition.text.dateline,
          ...edition.text.paragraphs.map((p) => p.text),
        ]);
      }
    });
  });

  it('has no axe violation, light or dark, with both languages or one', async () => {
    await withPage(browser(), siteUrl, wide, async ({ page }) => {
      await page.goto(url);
      await injectAxe(page);
      const found: Record<string, unknown[]> = {};
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const label of [both, ...only]) {
          await page.getByLabel(label).check();
          found[`${scheme}, ${label}`] = await axeViolations(page);
        }
      }
      expect(Object.values(found).flat()).toEqual([]);
      expect(Object.keys(found)).toHaveLength(6);
    });
  });
});
