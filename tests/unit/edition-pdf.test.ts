import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { type EditionPdfInput, renderEditionPdf } from '../../src/lib/pdf/edition-pdf';

/** A small edition in the shape the content gives, with one marked recommendation. */
const input = (overrides: Partial<EditionPdfInput> = {}): EditionPdfInput => ({
  lang: 'en',
  metadata: {
    title: 'A declaration, as reported',
    author: 'The editors',
    subject: 'A test',
    keywords: ['test'],
    date: new Date('2026-12-01'),
  },
  title: 'A declaration (2013)',
  subtitle: 'as reported',
  status: 'A report, word for word.',
  source: {
    heading: 'The source',
    headline: 'A declaration adopted',
    dateLine: '5 July 2013',
    paragraphs: [
      [
        { text: 'The Conference encouraged the Organization ' },
        {
          text: 'to develop training',
          mark: { kind: 'recommendation', number: 1, href: 'https://example.org/r1/' },
        },
        { text: '.' },
      ],
    ],
  },
  recommendations: {
    heading: 'The recommendations',
    note: 'Editors’ reading.',
    columns: { number: 'No.', words: 'Words', concerns: 'Concerns', topics: 'Topics' },
    rows: [{ number: '1', words: '“to develop training”', concerns: 'WCO', topics: 'Training' }],
  },
  details: { heading: 'Details', items: [{ label: 'Adopted', value: '2 July 2013' }] },
  citation: {
    heading: 'How to cite',
    text: 'A declaration, 2013.',
    addresses: [{ label: 'Permanent address', url: 'https://example.org/' }],
  },
  labelSeparator: ': ',
  footer: { text: 'A declaration', page: 'Page {page} of {pages}' },
  ...overrides,
});

describe('the edition PDF generator', () => {
  it('gives the same bytes for the same edition, so the file changes only with the edition', async () => {
    const [first, second] = await Promise.all([
      renderEditionPdf(input()),
      renderEditionPdf(input()),
    ]);
    expect(Buffer.from(first).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(Buffer.compare(first, second)).toBe(0);
    const changed = await renderEditionPdf(input({ status: 'Another status.' }));
    expect(Buffer.compare(first, changed)).not.toBe(0);
  });

  it('stops on a character its faces cannot draw, naming it, instead of drawing a blank box', async () => {
    await expect(renderEditionPdf(input({ status: 'Брюссель' }))).rejects.toThrow(/U\+411/);
  });

  it('imports nothing that drives a browser or runs another program, so any host can build it', async () => {
    const entry = fileURLToPath(new URL('../../src/lib/pdf/edition-files.ts', import.meta.url));
    const { metafile } = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
      // Astro's content modules are the content, not a program.
      external: ['astro:*'],
    });
    const inputs = Object.keys(metafile.inputs);
    const packages = [
      ...new Set(
        inputs.flatMap((path) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? []),
      ),
    ];
    expect(packages).toContain('pdfkit');
    const browsers = /playwright|puppeteer|chrom|lighthouse|selenium|webdriver/i;
    expect(packages.filter((name) => browsers.test(name))).toEqual([]);
    const builtins = Object.values(metafile.inputs).flatMap((file) =>
      file.imports.filter((i) => i.external).map((i) => i.path.replace(/^node:/, '')),
    );
    expect(builtins.filter((name) => /child_process|worker_threads|cluster/.test(name))).toEqual(
      [],
    );
  });
});
