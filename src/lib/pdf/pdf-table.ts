/**
 * A tagged table for the PDF: `Table` > `TR` > `TH` (column headers, scoped) and `TD`. A row
 * never splits across pages; on a new page the header row is drawn again as an artifact, so a
 * reader sees it and a screen reader does not hear it twice.
 */
import { colours, type PdfWriter, type StyledRun, type Tagged } from './pdf-writer.ts';

type Element = PDFKit.PDFStructureElement;

export interface TableColumn {
  /** Header text. */
  header: StyledRun[];
  /** Share of the table's width. */
  share: number;
}

const padding = { x: 5, y: 4 };

/** The columns' widths and positions, and how each row lays out in them. */
function tableLayout(writer: PdfWriter, columns: readonly TableColumn[]) {
  const total = columns.reduce((sum, column) => sum + column.share, 0);
  const widths = columns.map((column) => (writer.width * column.share) / total);
  const xs = widths.map((_, i) => writer.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const layout = (cells: readonly StyledRun[][]) => {
    const lines = cells.map((runs, i) => writer.lines(runs, (widths[i] ?? 0) - 2 * padding.x));
    const heights = lines.map((cellLines) =>
      cellLines.reduce(
        (sum, line) =>
          sum + Math.max(...line.pieces.map((piece) => writer.lineHeight(piece.run.style))),
        0,
      ),
    );
    return { lines, height: Math.max(...heights) + 2 * padding.y };
  };
  return { xs, layout };
}

/** The height of the header row and the first `count` rows: what a heading keeps with it. */
export function tableStartHeight(
  writer: PdfWriter,
  columns: readonly TableColumn[],
  rows: readonly (readonly StyledRun[][])[],
  count: number,
): number {
  const { layout } = tableLayout(writer, columns);
  return [columns.map((column) => column.header), ...rows.slice(0, count)].reduce(
    (sum, cells) => sum + layout(cells).height,
    0,
  );
}

export function drawTable(
  writer: PdfWriter,
  parent: Element,
  columns: readonly TableColumn[],
  rows: readonly (readonly StyledRun[][])[],
): void {
  const doc = writer.doc;
  const { xs, layout } = tableLayout(writer, columns);
  const table = doc.struct('Table');
  parent.add(table);

  /** Draws a row at the writer's position; `tags` null draws it as an artifact. */
  const drawRow = (
    cells: readonly StyledRun[][],
    tags: { row: Element; cell: (column: number) => Tagged } | null,
    shaded: boolean,
  ) => {
    const { lines, height } = layout(cells);
    const top = writer.y;
    writer.artifact((d) => {
      if (shaded) d.rect(writer.left, top, writer.width, height).fill(colours.surface);
      d.moveTo(writer.left, top + height)
        .lineTo(writer.left + writer.width, top + height)
        .lineWidth(0.5)
        .stroke(colours.rule);
    });
    lines.forEach((cellLines, column) => {
      let y = top + padding.y;
      const x = (xs[column] ?? 0) + padding.x;
      const cell = tags?.cell(column);
      for (const line of cellLines) {
        const lineHeight = Math.max(...line.pieces.map((p) => writer.lineHeight(p.run.style)));
        writer.drawLine(cell ?? null, line, x, y, lineHeight);
        y += lineHeight;
      }
      cell?.node.end();
    });
    tags?.row.end();
    writer.y = top + height;
  };

  const headerCells = columns.map((column) => column.header);
  const headerHeight = layout(headerCells).height;
  const newRow = () => {
    const row = doc.struct('TR');
    table.add(row);
    return row;
  };
  const cellOf = (row: Element, type: 'TH' | 'TD') => (_column: number) => {
    // Column headers carry their scope, so each data cell is read with its header.
    const options = type === 'TH' ? ({ scope: 'Column' } as object) : {};
    const node = doc.struct(type, options);
    row.add(node);
    return { node, tag: type };
  };

  writer.ensure(headerHeight + layout(rows[0] ?? []).height);
  const headerRow = newRow();
  drawRow(headerCells, { row: headerRow, cell: cellOf(headerRow, 'TH') }, true);
  rows.forEach((cells) => {
    const { height } = layout(cells);
    if (writer.y + height > writer.bottom) {
      writer.ensure(writer.bottom);
      drawRow(headerCells, null, true);
    }
    const row = newRow();
    drawRow(cells, { row, cell: cellOf(row, 'TD') }, false);
  });
  table.end();
}
