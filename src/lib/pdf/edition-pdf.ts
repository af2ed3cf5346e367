/**
 * The edition as a PDF, drawn with PDFKit from plain data (`EditionPdfInput`, made from the
 * content by `edition-pdf-input.ts`), so the file can say nothing the pages do not. Real text
 * in embedded, subsetted Noto faces; tagged (structure tree, language, artifacts, tagged links)
 * for assistive technology; metadata set. Pure: the same input gives the same bytes.
 */
import { drawTable, tableStartHeight } from './pdf-table.ts';
import { loadFaces } from './fonts.ts';
import {
  a4,
  colours,
  createDocument,
  LazyElement,
  PdfWriter,
  type StyledRun,
  type Tagged,
  type TextStyle,
} from './pdf-writer.ts';

/** A marked stretch of the source text: a recommendation's words or a topic's wording. */
export interface EditionPdfMark {
  kind: 'recommendation' | 'topic';
  /** The editors' number, drawn before a recommendation's words. */
  number?: number | undefined;
  /** What the number means, for assistive technology ("recommendation 3, editors' number"). */
  numberLabel?: string | undefined;
  /** Absolute address of the entry's page. */
  href: string;
}

export interface EditionPdfSegment {
  text: string;
  mark?: EditionPdfMark | undefined;
}

export interface EditionPdfInput {
  /** BCP 47 language of the document. */
  lang: string;
  metadata: {
    title: string;
    author: string;
    subject: string;
    keywords: readonly string[];
    /** The date of the edition: the file's creation and modification date. */
    date: Date;
  };
  title: string;
  subtitle: string;
  /** What the text is and where it comes from. */
  status: string;
  source: {
    heading: string;
    headline: string;
    dateLine: string;
    /** The source's paragraphs, in order, verbatim, with the marks in place. */
    paragraphs: readonly (readonly EditionPdfSegment[])[];
  };
  recommendations: {
    heading: string;
    note: string;
    columns: { number: string; words: string; concerns: string; topics: string };
    rows: readonly { number: string; words: string; concerns: string; topics: string }[];
  };
  details: { heading: string; items: readonly { label: string; value: string }[] };
  citation: {
    heading: string;
    text: string;
    addresses: readonly { label: string; url: string }[];
  };
  /** What stands between a label and its value: ": " in English, " : " in French. */
  labelSeparator: string;
  /** Running footer on every page; `{page}` and `{pages}` are filled in. */
  footer: { text: string; page: string };
}

const style = (
  face: TextStyle['face'],
  size: number,
  leading = 1.4,
  colour: string = colours.text,
) => ({
  face,
  size,
  leading,
  colour,
});

const styles = {
  title: style('sansBold', 21, 1.2),
  subtitle: style('sans', 12.5, 1.35, colours.muted),
  status: style('sans', 9.5, 1.45),
  heading: style('sansBold', 13, 1.3, colours.accent),
  note: style('sans', 8.5, 1.4, colours.muted),
  headline: style('serifBold', 12.5, 1.35),
  dateLine: style('serif', 9.5, 1.4, colours.muted),
  body: style('serif', 10.5, 1.5),
  number: style('sansBold', 7, 1, colours.accent),
  cellHeader: style('sansBold', 8, 1.35),
  cell: style('sans', 8.5, 1.35),
  cellWords: style('serif', 9, 1.35),
  label: style('sansBold', 8.5, 1.45),
  value: style('sans', 8.5, 1.45),
  citation: style('sans', 9, 1.45),
  link: style('sans', 9, 1.45, colours.accent),
  footer: style('sans', 7.5, 1.2, colours.muted),
} satisfies Record<string, TextStyle>;

const geometry = { size: a4, margin: { top: 54, right: 60, bottom: 64, left: 60 } };

export async function renderEditionPdf(input: EditionPdfInput): Promise<Uint8Array<ArrayBuffer>> {
  const faces = await loadFaces();
  const { metadata } = input;
  const doc = createDocument({
    lang: input.lang,
    size: geometry.size,
    info: {
      Title: metadata.title,
      Author: metadata.author,
      Subject: metadata.subject,
      Keywords: metadata.keywords.join(', '),
      Creator: metadata.author,
      CreationDate: metadata.date,
      ModDate: metadata.date,
    },
  });
  for (const [name, face] of Object.entries(faces)) doc.registerFont(name, face.data);
  const writer = new PdfWriter(doc, geometry, faces);
  const root = doc.struct('Document');
  doc.addStructure(root);

  const element = (
    parent: PDFKit.PDFStructureElement,
    tag: string,
    options: object = {},
  ): Tagged => {
    const node = doc.struct(tag, options);
    parent.add(node);
    return { node, tag };
  };
  const paragraph = (
    parent: PDFKit.PDFStructureElement,
    tag: string,
    runs: StyledRun[],
    keepLines = 2,
  ) => {
    const block = element(parent, tag);
    writer.block(block, runs, { keepLines });
    block.node.end();
  };
  /** A section; its heading moves to the next page with `keep` points of what follows. */
  const section = (heading: string, keep = 3 * writer.lineHeight(styles.body)) => {
    const sect = element(root, 'Sect', { title: heading }).node;
    writer.space(16);
    writer.ensure(writer.lineHeight(styles.heading) + keep);
    paragraph(sect, 'H2', [{ text: heading, style: styles.heading }]);
    doc.outline.addItem(heading);
    writer.space(3);
    return sect;
  };

  // Title and the status line, in a box like the site's editors' notes.
  paragraph(root, 'H1', [{ text: input.title, style: styles.title }]);
  writer.space(2);
  paragraph(root, 'P', [{ text: input.subtitle, style: styles.subtitle }]);
  writer.space(12);
  const statusTop = writer.y;
  const statusLines = writer.lines(
    [{ text: input.status, style: styles.status }],
    writer.width - 24,
  );
  const statusHeight = statusLines.length * writer.lineHeight(styles.status) + 16;
  writer.artifact((d) => {
    d.rect(writer.left, statusTop, writer.width, statusHeight).fill(colours.editorialBg);
    d.rect(writer.left, statusTop, 3, statusHeight).fill(colours.editorialBorder);
  });
  const status = element(root, 'P');
  statusLines.forEach((line, i) => {
    const height = writer.lineHeight(styles.status);
    writer.drawLine(status, line, writer.left + 14, statusTop + 8 + i * height, height);
  });
  status.node.end();
  writer.y = statusTop + statusHeight;

  // The source's text, its marks in place.
  const source = section(input.source.heading);
  writer.space(4);
  paragraph(source, 'H3', [{ text: input.source.headline, style: styles.headline }]);
  paragraph(source, 'P', [{ text: input.source.dateLine, style: styles.dateLine }]);
  for (const segments of input.source.paragraphs) {
    writer.space(6);
    const p = element(source, 'P');
    const runs = segments.flatMap((segment): StyledRun[] => {
      const { mark } = segment;
      if (!mark) return [{ text: segment.text, style: styles.body }];
      const link = new LazyElement(doc, () => p.node, 'Link');
      const recommendation = mark.kind === 'recommendation';
      const words: StyledRun = {
        text: segment.text,
        style: styles.body,
        // A recommendation's words are highlighted as on the home page; a topic is underlined.
        background: recommendation ? colours.mark : undefined,
        underline: recommendation ? undefined : colours.accent,
        element: link,
        link: { element: link, href: mark.href },
      };
      if (mark.number === undefined) return [words];
      const label = new LazyElement(doc, () => link.node, 'Span', {
        expanded: mark.numberLabel,
      });
      // A no-break space keeps the number with the first word it numbers.
      return [
        {
          text: `${mark.number}\u00a0`,
          style: styles.number,
          rise: 3.5,
          element: label,
          link: { element: link, href: mark.href },
        },
        words,
      ];
    });
    writer.block(p, runs, { keepLines: 2 });
    p.node.end();
  }

  // The editors' table of the recommendations.
  const { columns, rows } = input.recommendations;
  const tableColumns = [
    { header: [{ text: columns.number, style: styles.cellHeader }], share: 1.1 },
    { header: [{ text: columns.words, style: styles.cellHeader }], share: 6 },
    { header: [{ text: columns.concerns, style: styles.cellHeader }], share: 2.4 },
    { header: [{ text: columns.topics, style: styles.cellHeader }], share: 3 },
  ];
  const tableRows = rows.map((row) => [
    [{ text: row.number, style: styles.cellHeader }],
    [{ text: row.words, style: styles.cellWords }],
    [{ text: row.concerns, style: styles.cell }],
    [{ text: row.topics, style: styles.cell }],
  ]);
  const noteRuns = [{ text: input.recommendations.note, style: styles.note }];
  // The heading keeps its note, the header row and two recommendations with it.
  const table = section(
    input.recommendations.heading,
    writer.lines(noteRuns).length * writer.lineHeight(styles.note) +
      6 +
      tableStartHeight(writer, tableColumns, tableRows, 2),
  );
  paragraph(table, 'P', noteRuns);
  writer.space(6);
  drawTable(writer, table, tableColumns, tableRows);

  // Publication details, as a list of labelled items.
  const details = section(input.details.heading);
  const list = element(details, 'L');
  for (const item of input.details.items) {
    const li = element(list.node, 'LI');
    const lbl = element(li.node, 'Lbl');
    const body = element(li.node, 'LBody');
    writer.block(body, [
      { text: `${item.label}${input.labelSeparator}`, style: styles.label, element: lbl },
      { text: item.value, style: styles.value },
    ]);
    for (const node of [lbl, body, li]) node.node.end();
  }
  list.node.end();

  // How to cite, and the permanent addresses.
  const cite = section(input.citation.heading);
  paragraph(cite, 'P', [{ text: input.citation.text, style: styles.citation }]);
  for (const address of input.citation.addresses) {
    writer.space(4);
    const p = element(cite, 'P');
    const link = new LazyElement(doc, () => p.node, 'Link');
    writer.block(p, [
      { text: `${address.label}${input.labelSeparator}`, style: styles.label },
      {
        text: address.url,
        style: styles.link,
        element: link,
        link: { element: link, href: address.url },
      },
    ]);
    p.node.end();
  }
  root.end();

  drawFooters(writer, input.footer);
  return collect(doc);
}

/** The running footer of every page, as pagination artifacts. */
function drawFooters(writer: PdfWriter, footer: EditionPdfInput['footer']): void {
  const { doc } = writer;
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const y = writer.geometry.size[1] - writer.geometry.margin.bottom + 26;
    const page = footer.page.replace('{page}', String(i + 1)).replace('{pages}', String(count));
    doc.markContent('Artifact', { type: 'Pagination', attached: ['Bottom'] });
    const options = { lineBreak: false, baseline: 'alphabetic' } as const;
    writer
      .use(styles.footer)
      .text(writer.glyphs(footer.text, styles.footer.face), writer.left, y, options);
    const width = writer.measure(page, { text: page, style: styles.footer });
    doc.text(
      writer.glyphs(page, styles.footer.face),
      writer.left + writer.width - width,
      y,
      options,
    );
    doc.endMarkedContent();
  }
}

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}
