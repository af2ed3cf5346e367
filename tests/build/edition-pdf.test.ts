/**
 * The edition's PDF in each language, read back from the build with Poppler as a reader's
 * viewer and screen reader would: what it says is what the content says.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { languageTags, locales } from '../../src/i18n/locales';
import { formatDate, translate } from '../../src/i18n/ui';
import { citationData, formatReference } from '../../src/lib/citation';
import { loadEdition } from '../../src/lib/edition';
import { absoluteUrl, aboutPath, editionPdfPath, homePath, topicPath } from '../../src/lib/urls';
import {
  documentInfo,
  elementsOf,
  fonts,
  normalise,
  structureTree,
  visibleText,
  xmpMetadata,
} from '../support/pdf';

const distDir = inject('distDir');

/** The origin the build was made for, as its pages' canonical links give it. */
async function builtSite(): Promise<string> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const canonical = parseHTML(html).document.querySelector('link[rel="canonical"]');
  return new URL(canonical?.getAttribute('href') ?? '').origin;
}

describe.each(locales)('the edition PDF in %s', (lang) => {
  const facts = async () => {
    const edition = await loadEdition(lang);
    const d = edition.declaration.data;
    const file = join(distDir, editionPdfPath(lang, d.id, '/'));
    return { edition, d, file, site: await builtSite() };
  };

  it('is linked from the home page and the about page of each language, with its size', async () => {
    const { d, file } = await facts();
    const href = editionPdfPath(lang, d.id, '/');
    const kilobytes = Math.round((await stat(file)).size / 1000);
    for (const pageLang of locales) {
      for (const path of [homePath(pageLang, '/'), aboutPath(pageLang, '/')]) {
        const html = await readFile(join(distDir, path, 'index.html'), 'utf8');
        const link = parseHTML(html).document.querySelector(
          `a[type="application/pdf"][href="${href}"]`,
        );
        expect(link, path).not.toBeNull();
        expect(link?.textContent, path).toContain(
          `${new Intl.NumberFormat(pageLang).format(kilobytes)}`,
        );
        expect(link?.getAttribute('hreflang') ?? pageLang, path).toBe(
          pageLang === lang ? pageLang : languageTags[lang],
        );
      }
    }
  });

  it('is at most 150 KB', async () => {
    const { file } = await facts();
    expect((await stat(file)).size).toBeLessThanOrEqual(150_000);
  });

  it('opens with the status line, what the text is and where it comes from', async () => {
    const { d, file } = await facts();
    const status = translate(lang, 'home.status', {
      date: formatDate(lang, d.source.published),
    });
    const text = await visibleText(file);
    expect(
      text.startsWith(
        normalise(
          translate(lang, 'pdf.heading', {
            title: d.title,
            year: d.adopted.getUTCFullYear(),
          }),
        ),
      ),
    ).toBe(true);
    expect(text.slice(0, 400)).toContain(normalise(status));
  });

  it('gives the source text verbatim, each recommendation numbered where it stands', async () => {
    const { edition, file } = await facts();
    const number = new Map(edition.recommendations.map((r) => [r.id, r.number]));
    const { headline, dateline, paragraphs } = edition.text;
    expect(paragraphs.length).toBeGreaterThan(0);
    const visible = await visibleText(file);
    // The tagged text, which leaves out running footers, holds each paragraph whole even
    // where a page breaks it.
    const tagged = normalise((await structureTree(file)).text);
    expect(visible).toContain(normalise(`${headline} ${dateline}`));
    for (const paragraph of paragraphs) {
      const expected = paragraph.segments
        .map((s) =>
          s.mark?.kind === 'recommendation' ? `${number.get(s.mark.id)} ${s.text}` : s.text,
        )
        .join('');
      expect(tagged).toContain(normalise(expected));
    }
  });

  it('links each topic the text names to its page, as the home page does', async () => {
    const { edition, file, site } = await facts();
    const links = elementsOf(await structureTree(file), 'Link').map((l) => normalise(l.text));
    expect(edition.topics.length).toBeGreaterThan(0);
    for (const topic of edition.topics) expect(links).toContain(normalise(topic.sourceWording));
    // Every link of the file goes to a page of the site (read from the raw file: the link
    // annotations are written uncompressed).
    const raw = (await readFile(file)).toString('latin1');
    for (const topic of edition.topics) {
      expect(raw).toContain(`/URI (${absoluteUrl(topicPath(lang, topic.id, '/'), site)})`);
    }
  });

  it('has every recommendation’s words, each tagged as a link with its editors’ number', async () => {
    const { edition, file } = await facts();
    const visible = await visibleText(file);
    const links = elementsOf(await structureTree(file), 'Link').map((l) => normalise(l.text));
    expect(edition.recommendations.length).toBeGreaterThan(0);
    for (const r of edition.recommendations) {
      expect(visible).toContain(normalise(r.words));
      expect(links).toContain(normalise(`${r.number} ${r.words}`));
    }
  });

  it('has the editors’ table: a header row, then a row per recommendation with its words', async () => {
    const { edition, file } = await facts();
    const [table, ...others] = elementsOf(await structureTree(file), 'Table');
    expect(others).toEqual([]);
    const rows = elementsOf(table ?? { type: '', children: [], text: '' }, 'TR');
    expect(elementsOf(rows[0] ?? { type: '', children: [], text: '' }, 'TH')).toHaveLength(4);
    expect(rows.slice(1).map((row) => normalise(row.text))).toEqual(
      edition.recommendations.map((r) =>
        expect.stringContaining(normalise(translate(lang, 'pdf.quoted', { words: r.words }))),
      ),
    );
    expect(normalise(table?.text ?? '')).toContain(normalise(translate(lang, 'table.topics')));
  });

  it('ends with the citation, the permanent address and the date of the edition', async () => {
    const { edition, d, file, site } = await facts();
    const visible = await visibleText(file);
    const tagged = normalise((await structureTree(file)).text);
    const citation = normalise(formatReference(citationData(edition, site)));
    const address = absoluteUrl(homePath(lang, '/'), site);
    const fileAddress = absoluteUrl(editionPdfPath(lang, d.id, '/'), site);
    for (const text of [visible, tagged]) {
      expect(text).toContain(citation);
      expect(text).toContain(
        normalise(
          translate(lang, 'label.value', { label: translate(lang, 'pdf.address'), value: address }),
        ),
      );
      expect(text).toContain(fileAddress);
      expect(text).toContain(
        normalise(
          translate(lang, 'label.value', {
            label: translate(lang, 'pdf.edition'),
            value: formatDate(lang, edition.date),
          }),
        ),
      );
    }
  });

  it('sets its title, author, subject, keywords, language and dates', async () => {
    const { d, edition, file } = await facts();
    const info = await documentInfo(file);
    expect(info.Title).toBe(
      translate(lang, 'pdf.title', { title: d.title, year: d.adopted.getUTCFullYear() }),
    );
    expect(info.Author).toContain(d.source.publisher);
    expect(info.Subject).toContain(d.title);
    expect(info.Keywords).toContain(d.source.publisher);
    expect(info['Page size']).toContain('A4');
    expect(new Date(info.CreationDate ?? '').toISOString().slice(0, 10)).toBe(
      edition.date.toISOString().slice(0, 10),
    );
    const xmp = await xmpMetadata(file);
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${info.Title}</rdf:li>`);
    // The catalog is written uncompressed: its language and the viewer preference to show
    // the title rather than the file name.
    const raw = (await readFile(file)).toString('latin1');
    expect(raw).toContain(`/Lang (${languageTags[lang]})`);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
  });

  it('embeds every font it uses, as a subset with a Unicode map', async () => {
    const { file } = await facts();
    const used = await fonts(file);
    expect(used.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'NotoSans-Bold',
      'NotoSans-Regular',
      'NotoSerif-Bold',
      'NotoSerif-Regular',
    ]);
    for (const font of used) {
      expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
    }
  });

  it('is tagged: a marked structure tree from a Document element, footers left out', async () => {
    const { file } = await facts();
    const info = await documentInfo(file);
    expect(info.Tagged).toBe('yes');
    const tree = await structureTree(file);
    expect(tree.children.map((node) => node.type)).toEqual(['Document']);
    expect(elementsOf(tree, 'H1')).toHaveLength(1);
    expect(elementsOf(tree, 'H2').length).toBeGreaterThanOrEqual(4);
    const pages = Number(info.Pages);
    const footer = translate(lang, 'pdf.page', { page: 1, pages });
    expect(await visibleText(file)).toContain(footer);
    expect(tree.text).not.toContain(footer);
  });
});
