/**
 * The log of changes as Atom feeds, one per language: each validates against RFC 4287's schema
 * (tests/schemas/atom/, RELAX NG, with xmllint-wasm) and meets the RFC's two rules the schema
 * cannot say; it has one entry per change in the log, dated as the log dates it, and its
 * `updated` is the edition's date.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOMParser, parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { changeLog, editionDate } from '../support/change-log';
import { isHtml, listFiles, readDocument } from '../support/dist-pages';

const distDir = inject('distDir');
const schema = join(import.meta.dirname, '../schemas/atom/atom.rng');
const feeds = [
  { lang: 'en', file: 'changes/feed.atom' },
  { lang: 'fr', file: 'fr/changes/feed.atom' },
] as const;

const parseXml = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');

async function validate(xml: string) {
  return validateXML({
    xml: { fileName: 'feed.atom', contents: xml },
    schema: { fileName: 'atom.rng', contents: await readFile(schema, 'utf8') },
    extension: 'relaxng',
  });
}

describe.each(feeds)('the $lang Atom feed ($file)', ({ lang, file }) => {
  const read = () => readFile(join(distDir, file), 'utf8');

  it("is valid against RFC 4287's RELAX NG schema", async () => {
    const result = await validate(await read());
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('meets the rules the schema leaves to Schematron: an author, and a link for each entry', async () => {
    const document = parseXml(await read());
    expect(document.querySelector('feed > author > name')?.textContent?.trim()).toBeTruthy();
    const entries = [...document.querySelectorAll('entry')];
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.querySelector('link[rel="alternate"]')?.getAttribute('href')).toBeTruthy();
    }
  });

  it('has one entry per change in the log, newest first, dated as the log dates them', async () => {
    const document = parseXml(await read());
    const entries = [...document.querySelectorAll('entry')].map((entry) => ({
      id: entry.querySelector('id')?.textContent ?? '',
      updated: entry.querySelector('updated')?.textContent ?? '',
      published: entry.querySelector('published')?.textContent ?? '',
    }));
    const log = changeLog(lang);
    expect(entries.map((e) => new URL(e.id).hash)).toEqual(log.map((c) => `#change-${c.id}`));
    // On the log's day, in UTC; the time of day only orders the changes of one day.
    expect(entries.map((e) => e.updated.slice(0, 10))).toEqual(log.map((c) => c.date));
    expect(entries.map((e) => e.updated)).toEqual(entries.map((e) => e.published));
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const feedUpdated = document.querySelector('feed > updated')?.textContent ?? '';
    expect(feedUpdated.slice(0, 10)).toBe(editionDate(lang));
    expect(feedUpdated).toBe(entries[0]?.updated);
    expect(document.querySelector('feed')?.getAttribute('xml:lang')).toBe(lang);
  });

  it('stamps each entry with a distinct instant, so sorting by updated gives the log’s order', async () => {
    const document = parseXml(await read());
    const stamps = [...document.querySelectorAll('entry > updated')].map(
      (updated) => updated.textContent ?? '',
    );
    const log = changeLog(lang);
    // The log has days with more than one change, or this would prove nothing.
    expect(new Set(log.map((c) => c.date)).size).toBeLessThan(log.length);
    for (const stamp of stamps) expect(stamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const times = stamps.map((stamp) => Date.parse(stamp));
    // Newest first, as the log: each strictly later than the next.
    expect(times.every((time, i) => i === 0 || time < (times[i - 1] ?? 0))).toBe(true);
    const byUpdated = [...stamps.keys()].sort((a, b) => (times[b] ?? 0) - (times[a] ?? 0));
    expect(byUpdated).toEqual([...stamps.keys()]);
  });

  it('is refused by the schema without an id, or with a date that is not a date-time', async () => {
    const feed = await read();
    const withoutId = feed.replace(/<id>[^<]*<\/id>/, '');
    const badDate = feed.replace(/<updated>[^<]*<\/updated>/, '<updated>2 December 2026</updated>');
    expect((await validate(withoutId)).valid).toBe(false);
    expect((await validate(badDate)).valid).toBe(false);
  });
});

describe('the changes page', () => {
  it.each(feeds)('links its $lang feed in the head and in the page', async ({ lang, file }) => {
    const page = lang === 'fr' ? 'fr/changes/index.html' : 'changes/index.html';
    const { document } = parseHTML(await readFile(join(distDir, page), 'utf8'));
    const head = document.querySelector('link[rel="alternate"][type="application/atom+xml"]');
    expect(head?.getAttribute('href')).toMatch(new RegExp(`/${file.replace('.', '\\.')}$`));
    expect(document.querySelector(`main a[href$="${file}"]`)).not.toBeNull();
  });
});

describe('feed autodiscovery', () => {
  it.each(feeds)(
    'the $lang home page and changes page name the $lang feed in their head, and no other page does',
    async ({ lang, file }) => {
      const prefix = lang === 'fr' ? 'fr/' : '';
      const pages = (await listFiles(distDir)).filter(
        (page) => isHtml(page) && (lang === 'fr') === page.startsWith('fr/'),
      );
      const announcing: string[] = [];
      for (const page of pages) {
        const document = await readDocument(distDir, page);
        const links = [...document.querySelectorAll('head link[type="application/atom+xml"]')];
        if (links.length === 0) continue;
        announcing.push(page);
        expect(links, page).toHaveLength(1);
        expect(links[0]?.getAttribute('rel'), page).toBe('alternate');
        expect(links[0]?.getAttribute('href'), page).toMatch(
          new RegExp(`/${file.replace('.', '\\.')}$`),
        );
        expect(links[0]?.getAttribute('title'), page).toBeTruthy();
      }
      // Reading pages leave it out: every byte on them counts against their budget.
      expect(announcing).toEqual([`${prefix}changes/index.html`, `${prefix}index.html`]);
    },
  );
});
