/**
 * Printing, read back from the PDFs Chromium makes of the home page, every recommendation's
 * page and the log of changes, in each language, on A4 and on US Letter: how many sheets, the
 * citation and the page's permanent address printed once each, the date of printing once,
 * nothing of the navigation or the controls, and no sheet of the log left half empty.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { longDate } from '../../src/i18n/dates';
import { formatLocales, languageNames, type Lang, locales } from '../../src/i18n/locales';
import { translate } from '../../src/i18n/ui';
import { citationData, formatReference } from '../../src/lib/citation';
import { loadEdition } from '../../src/lib/edition';
import {
  aboutPath,
  absoluteUrl,
  changesPath,
  homePath,
  recommendationPath,
  sideBySidePath,
} from '../../src/lib/urls';
import { useSharedBrowser } from '../support/shared-browser';
import { documentInfo, normalise, pageFill, pageTexts, visibleText } from '../support/pdf';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const browser = useSharedBrowser();
let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'print-'));
});

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** The origin the build was made for, as its pages' canonical links give it. */
async function builtSite(): Promise<string> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const canonical = parseHTML(html).document.querySelector('link[rel="canonical"]');
  return new URL(canonical?.getAttribute('href') ?? '').origin;
}

/** Chromium's PDF of `path` on `format` paper, as a reader's Print to PDF makes it. */
async function printed(path: string, format: 'A4' | 'Letter') {
  const page = await browser().newPage();
  try {
    await page.goto(new URL(path.replace(/^\//, ''), siteUrl).href);
    const file = join(workDir, `${format}-${path.replace(/\W+/g, '_')}.pdf`);
    await page.pdf({ path: file, format });
    return { file, pages: Number((await documentInfo(file)).Pages), text: await visibleText(file) };
  } finally {
    await page.close();
  }
}

/** How many times `address` stands in `text` as a whole address, not the start of a longer one. */
function occurrences(text: string, address: string): number {
  const escaped = address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...text.matchAll(new RegExp(`${escaped}(?![\\w#/?.-])`, 'g'))].length;
}

const count = (text: string, part: string) => text.split(part).length - 1;

/** Words only navigation and controls carry: none may reach paper. */
function controls(lang: Lang): string[] {
  const other = locales.find((l) => l !== lang) ?? lang;
  return [
    languageNames[other],
    translate(lang, 'nav.search'),
    translate(lang, 'cite.copy'),
    translate(lang, 'cite.downloads'),
    translate(lang, 'cite.bib'),
    translate(lang, 'recommendation.copyLink'),
    translate(lang, 'offline.summary'),
    translate(lang, 'downloads.title'),
    translate(lang, 'data.intro'),
    translate(lang, 'footer.about'),
    translate(lang, 'recommendation.previous'),
    translate(lang, 'recommendation.next'),
    // A link to the screen's side-by-side view, which would print without an address.
    translate(lang, 'recommendation.sideBySide'),
  ].map(normalise);
}

const formats = ['A4', 'Letter'] as const;
const cases = locales.flatMap((lang) => formats.map((format) => [lang, format] as const));

describe.each(cases)('printing in %s on %s', (lang, format) => {
  // The date of printing, in the sentence that gives it: the edition's "last changed" date
  // may be today too, and is printed in its own sentence.
  const printedToday = () =>
    normalise(
      translate(lang, 'footer.printedOn', { date: longDate(formatLocales[lang], new Date()) }),
    );

  it('puts the home page on at most two sheets, with its citation and address once', async () => {
    const edition = await loadEdition(lang);
    const site = await builtSite();
    const { pages, text } = await printed(homePath(lang, '/'), format);
    expect(pages).toBeLessThanOrEqual(2);
    expect(count(text, normalise(formatReference(citationData(edition, site))))).toBe(1);
    expect(occurrences(text, absoluteUrl(homePath(lang, '/'), site))).toBe(1);
    // The link to the side-by-side page prints where it leads.
    expect(occurrences(text, absoluteUrl(sideBySidePath(lang, '/'), site))).toBe(1);
    expect(count(text, printedToday())).toBe(1);
    // The text itself is there, whole: its first and last paragraphs.
    const paragraphs = edition.text.paragraphs;
    expect(text).toContain(normalise(paragraphs[0]?.text ?? 'no paragraph'));
    expect(text).toContain(normalise(paragraphs.at(-1)?.text ?? 'no paragraph'));
    expect(controls(lang).filter((control) => text.includes(control))).toEqual([]);
  });

  it('puts each recommendation’s page on one sheet, with its citation and address once', async () => {
    const edition = await loadEdition(lang);
    const site = await builtSite();
    expect(edition.recommendations.length).toBeGreaterThan(0);
    for (const r of edition.recommendations) {
      const path = recommendationPath(lang, r.id, '/');
      const { pages, text } = await printed(path, format);
      expect(pages, path).toBe(1);
      const citation = normalise(formatReference(citationData(edition, site, r)));
      expect(count(text, citation), path).toBe(1);
      expect(occurrences(text, absoluteUrl(path, site)), path).toBe(1);
      // Its place in the text is printed after the link to it.
      expect(occurrences(text, `${absoluteUrl(homePath(lang, '/'), site)}#${r.id}`), path).toBe(1);
      expect(count(text, printedToday()), path).toBe(1);
      expect(
        controls(lang).filter((control) => text.includes(control)),
        path,
      ).toEqual([]);
    }
  });
});

describe.each(locales)('printing the about page in %s', (lang) => {
  it('prints the report’s citation once: its cite box would repeat the first example', async () => {
    const edition = await loadEdition(lang);
    const { text } = await printed(aboutPath(lang, '/'), 'A4');
    expect(count(text, normalise(formatReference(citationData(edition, await builtSite()))))).toBe(
      1,
    );
  });
});

describe.each(cases)('printing the log of changes in %s on %s', (lang, format) => {
  // One print serves both tests: printing a sheet-long page is the slow part.
  let print: ReturnType<typeof printed> | undefined;
  const printedChanges = () => (print ??= printed(changesPath(lang, '/'), format));

  /** Each change as the built page shows it: heading, date line and its first words. */
  async function changesOnScreen() {
    const file = join(distDir, changesPath(lang, '/').slice(1), 'index.html');
    const { document } = parseHTML(await readFile(file, 'utf8'));
    return [...document.querySelectorAll('article.change')].map((article) => ({
      heading: normalise(
        `${article.querySelector('h2')?.textContent} ${article.querySelector('.when')?.textContent}`,
      ),
      start: normalise(article.querySelector('[data-content]')?.textContent ?? '')
        .split(' ')
        .slice(0, 4)
        .join(' '),
    }));
  }

  it('fills every sheet but the last, keeping each heading with its first lines', async () => {
    const changes = await changesOnScreen();
    expect(changes.length).toBeGreaterThan(1);
    const { file, pages } = await printedChanges();
    const [sheets, fill] = await Promise.all([pageTexts(file), pageFill(file)]);
    expect(sheets).toHaveLength(pages);
    // A change may run on to the next sheet, so no sheet is left half empty before the last.
    expect(fill.slice(0, -1).filter((share) => share < 0.7)).toEqual([]);
    for (const { heading, start } of changes) {
      const sheet = sheets.find((text) => text.includes(heading));
      expect(sheet, heading).toBeDefined();
      // Its first words are on the same sheet as its heading, after it.
      expect(sheet?.slice(sheet.indexOf(heading)), heading).toContain(start);
    }
  });

  it('leaves out the link to follow the changes in a feed reader, of no use on paper', async () => {
    const { text } = await printedChanges();
    expect(text).toContain(normalise(translate(lang, 'changes.title')));
    expect(text).not.toContain(normalise(translate(lang, 'changes.feed')));
  });
});

describe.each(locales)('on paper, in %s', (lang) => {
  it('a recommendation’s words stay marked: highlight printed, and underlined, in either scheme', async () => {
    const [first] = (await loadEdition(lang)).recommendations;
    expect(first).toBeDefined();
    const page = await browser().newPage();
    try {
      const path = recommendationPath(lang, first?.id ?? '', '/');
      await page.goto(new URL(path.slice(1), siteUrl).href);
      const backgrounds: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ media: 'print', colorScheme });
        const style = await page
          .locator('main figure.source-sentence mark')
          .first()
          .evaluate((mark) => {
            const computed = getComputedStyle(mark);
            return {
              adjust: computed.printColorAdjust,
              line: computed.textDecorationLine,
              background: computed.backgroundColor,
            };
          });
        expect(style.adjust, colorScheme).toBe('exact');
        expect(style.line, colorScheme).toBe('underline');
        backgrounds.push(style.background);
      }
      // A light highlight under black print, whatever the screen's scheme.
      expect(backgrounds[1]).toBe(backgrounds[0]);
      const channels = (backgrounds[0] ?? '').match(/\d+/g)?.map(Number) ?? [];
      expect(channels.slice(0, 3).reduce((sum, c) => sum + c, 0)).toBeGreaterThan(3 * 180);
    } finally {
      await page.close();
    }
  });
});
