import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { translate } from '../../src/i18n/ui';
import { citationData, toBibtex, toCslJson, toRis } from '../../src/lib/citation';
import { loadEdition } from '../../src/lib/edition';
import { listFiles } from '../support/dist-pages';

const distDir = inject('distDir');
const edition = await loadEdition('en');
const read = (path: string) => readFile(join(distDir, path), 'utf8');
const schemaDir = join(import.meta.dirname, '../schemas/akn');

describe('declaration.json', () => {
  it('validates against the published JSON Schema (draft 2020-12)', async () => {
    const schema = JSON.parse(await read('declaration.schema.json'));
    const data = JSON.parse(await read('declaration.json'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(data.$schema).toBe(schema.$id);
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(data) ? [] : validate.errors).toEqual([]);
  });

  it('carries every recommendation with its ids, URLs and cross-references', async () => {
    const data = JSON.parse(await read('declaration.json'));
    expect(data.recommendations.map((r: { id: string }) => r.id)).toEqual(
      edition.recommendations.map((r) => r.id),
    );
    const r3 = data.recommendations[2];
    expect(r3).toMatchObject({
      words: 'to provide more training in the field of AEO',
      topics: ['authorized-economic-operators'],
      previous: 'r2',
      next: 'r4',
    });
    expect(new URL(r3.url).pathname).toMatch(/\/recommendations\/r3\/$/);
    expect(new URL(r3.textUrl).hash).toBe('#r3');
    expect(new URL(r3.shortUrl).pathname).toMatch(/\/r\/3\/$/);
    const aeo = data.topics.find((t: { id: string }) => t.id === 'authorized-economic-operators');
    expect(aeo.recommendations).toEqual(['r3']);
  });

  it('is refused by the schema when a recommendation loses its words', async () => {
    const schema = JSON.parse(await read('declaration.schema.json'));
    const data = JSON.parse(await read('declaration.json'));
    delete data.recommendations[0].words;
    const ajv = new Ajv2020({ strict: true });
    addFormats.default(ajv);
    expect(ajv.validate(schema, data)).toBe(false);
  });
});

describe('Akoma Ntoso', () => {
  async function validate(xml: string) {
    return validateXML({
      xml: [{ fileName: 'declaration.akn.xml', contents: xml }],
      schema: [
        {
          fileName: 'akomantoso30.xsd',
          contents: await readFile(join(schemaDir, 'akomantoso30.xsd'), 'utf8'),
        },
      ],
      preload: [
        { fileName: 'xml.xsd', contents: await readFile(join(schemaDir, 'xml.xsd'), 'utf8') },
      ],
    });
  }

  it('is valid against the OASIS Akoma Ntoso 3.0 schema', async () => {
    const result = await validate(await read('declaration.akn.xml'));
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('is the WCO’s news item in English, its paragraphs in order, each recommendation’s words marked in place', async () => {
    const xml = await read('declaration.akn.xml');
    expect(xml).toContain('<doc name="newsItem">');
    expect(xml).toContain('<FRBRauthor href="#wco"/>');
    expect(xml).toContain('<FRBRlanguage language="eng"/>');
    for (const { number } of edition.text.paragraphs) {
      expect(xml).toContain(`<p eId="para_${number}">`);
    }
    for (const { number, words } of edition.recommendations) {
      expect(xml).toMatch(
        new RegExp(
          `<inline name="recommendation" eId="rec_${number}" refersTo="#[a-z-]+">${words}</inline>`,
        ),
      );
    }
    expect(xml).toContain('word for word: a report of the declaration, not its text');
  });

  it('is valid in French too', async () => {
    const result = await validate(await read('fr/declaration.akn.xml'));
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('labels the editors’ organization as the editors of this website, not as the declaration', async () => {
    for (const [file, label] of [
      ['declaration.akn.xml', 'Editors of the website Brussels Declaration 2013'],
      ['fr/declaration.akn.xml', 'Éditeurs du site Déclaration de Bruxelles 2013'],
    ] as const) {
      const editors = (await read(file)).match(/<TLCOrganization eId="editors" [^>]*>/)?.[0];
      expect(editors, file).toContain(`showAs="${label}"`);
    }
  });

  it('marks the WCO’s name, kept in English as the report gives it, with its language in the French file', async () => {
    const wco = (await read('fr/declaration.akn.xml')).match(/<TLCOrganization eId="wco" [^>]*>/);
    expect(wco?.[0]).toContain('showAs="World Customs Organization (WCO)"');
    expect(wco?.[0]).toContain('xml:lang="en"');
    // So is the report's headline, the work's name.
    expect(await read('fr/declaration.akn.xml')).toMatch(
      /<FRBRname value="Brussels [^"]*" xml:lang="en"\/>/,
    );
    // In the English file the name is in the document's language and needs no mark.
    expect(await read('declaration.akn.xml')).not.toContain('xml:lang');
  });

  it('fails the schema when a required part is missing, so the check is real', async () => {
    const xml = (await read('declaration.akn.xml')).replace(/<mainBody>[\s\S]*<\/mainBody>/, '');
    expect((await validate(xml)).valid).toBe(false);
  });
});

describe('citation files', () => {
  it('serve exactly what the citation formatters write, for the declaration and each recommendation', async () => {
    const html = parseHTML(await read('index.html')).document;
    const site = new URL(html.querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
    const targets = [undefined, ...edition.recommendations];
    for (const r of targets) {
      const dir = r ? `recommendations/${r.id}/` : '';
      const data = citationData(edition, site, r);
      expect(await read(`${dir}cite.bib`)).toBe(toBibtex(data));
      expect(await read(`${dir}cite.ris`)).toBe(toRis(data));
      expect(await read(`${dir}cite.json`)).toBe(toCslJson(data));
    }
  });
});

describe('citation files of both editions', () => {
  const files = async (ext: string) =>
    (await listFiles(distDir)).filter((file) => file.endsWith(`cite.${ext}`));

  it('give every BibTeX entry a key of its own, so both editions import into one bibliography', async () => {
    const bib = await files('bib');
    expect(bib).toContain('fr/cite.bib');
    const keys = await Promise.all(
      bib.map(async (file) => (await read(file)).match(/^@\w+\{([^,]+),/)?.[1]),
    );
    expect(keys).not.toContain(undefined);
    expect(new Set(keys).size).toBe(bib.length);
    // The CSL-JSON ids are the same keys.
    for (const file of await files('json')) {
      const [item] = JSON.parse(await read(file)) as { id: string }[];
      expect(keys, file).toContain(item?.id);
    }
  });

  it('name this website as where the report is read, and never the WCO as its publisher', async () => {
    for (const file of await files('ris')) {
      const lang = file.startsWith('fr/') ? 'fr' : 'en';
      const container = translate(lang, 'cite.container', { site: translate(lang, 'site.name') });
      const ris = await read(file);
      expect(ris, file).toContain(`\r\nT2  - ${container}\r\n`);
      expect(ris, file).not.toMatch(/^PB {2}- /m);
      const [csl] = JSON.parse(await read(file.replace(/ris$/, 'json'))) as Record<
        string,
        unknown
      >[];
      expect(csl?.['container-title'], file).toBe(container);
      expect(csl, file).not.toHaveProperty('publisher');
      expect(await read(file.replace(/ris$/, 'bib')), file).toContain(container);
    }
  });
});

describe('short links', () => {
  it('are static pages that refresh to the permanent page, name it canonical and link to it, without script', async () => {
    for (const { number: n } of edition.recommendations) {
      const html = await read(`r/${n}/index.html`);
      const { document } = parseHTML(html);
      const refresh = document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
      expect(refresh).toMatch(new RegExp(`^0; url=/(.+/)?recommendations/r${n}/$`));
      const target = refresh!.replace('0; url=', '');
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(
        new RegExp(`${target}$`),
      );
      expect(document.querySelector(`a[href="${target}"]`)).not.toBeNull();
      expect(document.querySelector('script')).toBeNull();
      expect(html).not.toMatch(/ on[a-z]+=|style=/);
    }
  });

  it('are left out of the sitemap, which lists the pages they lead to', async () => {
    const sitemap = await read('sitemap-0.xml');
    expect(sitemap).not.toMatch(/\/r\/\d+\//);
    expect(sitemap).toMatch(/\/recommendations\/r3\//);
  });
});
