/**
 * A thin layer over PDFKit that lays text out down the page and tags everything it draws: text
 * goes into the structure tree (headings, paragraphs, links, table cells) in reading order, and
 * every decoration (rules, backgrounds, running footers) is marked as an artifact, so a screen
 * reader or a text extractor meets only the document's own words.
 */
import PDFDocument from 'pdfkit';
import { breakLines, type Line } from './line-breaking.ts';
import { drawable, type Face, type LoadedFace } from './fonts.ts';

type Doc = PDFKit.PDFDocument;
type Element = PDFKit.PDFStructureElement;

/** Colours from src/styles/tokens.css (light scheme), as the site prints. */
export const colours = {
  text: '#1b1f24',
  muted: '#4a5360',
  accent: '#0b4f9c',
  rule: '#c9d0d9',
  surface: '#f3f5f8',
  mark: '#fff0b3',
  editorialBg: '#fff8e6',
  editorialBorder: '#a86b00',
} as const;

export interface TextStyle {
  face: Face;
  size: number;
  /** Line height as a multiple of the size. */
  leading: number;
  colour: string;
}

/** A structure element and the tag its marked content carries (the element's type). */
export interface Tagged {
  readonly node: Element;
  readonly tag: string;
}

/**
 * A structure element added to its parent when first drawn into, so that the parent's
 * children stay in reading order: text before a link is added before the link.
 */
export class LazyElement implements Tagged {
  #node: Element | undefined;
  readonly #doc: Doc;
  readonly #parent: () => Element;
  readonly #options: object;
  readonly tag: string;

  constructor(doc: Doc, parent: () => Element, tag: string, options: object = {}) {
    this.#doc = doc;
    this.#parent = parent;
    this.tag = tag;
    this.#options = options;
  }

  get node(): Element {
    if (!this.#node) {
      this.#node = this.#doc.struct(this.tag, this.#options);
      this.#parent().add(this.#node);
    }
    return this.#node;
  }
}

/** What a run of text is, beyond its style: highlighted, raised, linked, in another element. */
export interface StyledRun {
  text: string;
  style: TextStyle;
  /** Background drawn behind the run (an artifact). */
  background?: string | undefined;
  /** Colour of a thin line drawn under the run (an artifact). */
  underline?: string | undefined;
  /** Raised above the baseline by this many points (an editors' number). */
  rise?: number | undefined;
  /** The structure element this run's text belongs to, when not the block's own. */
  element?: Tagged | undefined;
  /** A link over the run, its annotation tagged as part of the `Link` element. */
  link?: { element: Tagged; href: string } | undefined;
}

export const a4: [number, number] = [595.28, 841.89];

export interface PageGeometry {
  size: [number, number];
  margin: { top: number; right: number; bottom: number; left: number };
}

export class PdfWriter {
  readonly doc: Doc;
  readonly geometry: PageGeometry;
  /** Top of the next block, in points from the top of the page. */
  y: number;

  readonly faces: Record<Face, LoadedFace>;

  constructor(doc: Doc, geometry: PageGeometry, faces: Record<Face, LoadedFace>) {
    this.doc = doc;
    this.geometry = geometry;
    this.faces = faces;
    this.y = geometry.margin.top;
  }

  get left(): number {
    return this.geometry.margin.left;
  }

  get width(): number {
    return this.geometry.size[0] - this.geometry.margin.left - this.geometry.margin.right;
  }

  get bottom(): number {
    return this.geometry.size[1] - this.geometry.margin.bottom;
  }

  /** Sets the face, size and colour on the document. */
  use(style: TextStyle): Doc {
    return this.doc.font(style.face).fontSize(style.size).fillColor(style.colour);
  }

  measure = (text: string, run: StyledRun): number =>
    this.use(run.style).widthOfString(drawable(text));

  /** The text as drawn in `face`; a character the face lacks stops the build. */
  glyphs(text: string, face: Face): string {
    const drawn = drawable(text);
    const missing = [...new Set([...drawn].filter((char) => !this.faces[face].has(char)))];
    if (missing.length) {
      const codes = missing.map((c) => `U+${c.codePointAt(0)?.toString(16).toUpperCase()}`);
      throw new Error(`edition PDF: ${face} has no glyph for ${codes.join(', ')} in “${text}”`);
    }
    return drawn;
  }

  lineHeight(style: TextStyle): number {
    return style.size * style.leading;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.y + height <= this.bottom) return;
    this.doc.addPage();
    this.y = this.geometry.margin.top;
  }

  /** Draws decoration that is not content: marked as a layout artifact. */
  artifact(draw: (doc: Doc) => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    this.doc.save();
    draw(this.doc);
    this.doc.restore();
    this.doc.endMarkedContent();
  }

  lines(runs: readonly StyledRun[], width = this.width): Line<StyledRun>[] {
    return breakLines(runs, width, this.measure);
  }

  /**
   * Lays `runs` out as one block, its text tagged as `block` (a `P`, `H2`, `TD` …), from `x`
   * across `width`, breaking pages between lines.
   */
  block(
    block: Tagged,
    runs: readonly StyledRun[],
    options: { x?: number; width?: number; keepLines?: number } = {},
  ): void {
    const { x = this.left, width = this.width, keepLines = 1 } = options;
    const lines = this.lines(runs, width);
    lines.forEach((line, index) => {
      const height = Math.max(...line.pieces.map((piece) => this.lineHeight(piece.run.style)));
      // A heading or a paragraph's first lines move to the next page together.
      const keep = index === 0 ? Math.min(keepLines, lines.length) : 1;
      this.ensure(height * keep);
      this.drawLine(block, line, x, this.y, height);
      this.y += height;
    });
  }

  /**
   * Draws one line: backgrounds first (artifacts), then each piece as tagged content of its
   * element, or, with `block` null, the whole line as an artifact (a repeated table header).
   */
  drawLine(
    block: Tagged | null,
    line: Line<StyledRun>,
    x: number,
    top: number,
    height: number,
  ): void {
    // One baseline for the whole line, set by its largest text.
    const size = Math.max(...line.pieces.map((piece) => piece.run.style.size));
    const baseline = top + height / 2 + size * 0.3;
    for (const piece of line.pieces) {
      const { background, underline, style } = piece.run;
      if (!background && !underline) continue;
      // The space that ends a piece at the end of a line is not highlighted.
      const width = this.measure(piece.text.trimEnd(), piece.run);
      this.artifact((doc) => {
        const pad = style.size * 0.15;
        if (background) {
          doc
            .rect(
              x + piece.x - pad,
              baseline - style.size * 0.95,
              width + 2 * pad,
              style.size * 1.25,
            )
            .fill(background);
        }
        if (underline) {
          const y = baseline + style.size * 0.16;
          doc
            .moveTo(x + piece.x, y)
            .lineTo(x + piece.x + width, y)
            .lineWidth(0.6)
            .stroke(underline);
        }
      });
    }
    if (!block) this.doc.markContent('Artifact', { type: 'Layout' });
    for (const piece of line.pieces) {
      const { style, rise = 0, link } = piece.run;
      const tagged = block && (piece.run.element ?? block);
      const content = tagged && this.doc.markStructureContent(tagged.tag);
      this.use(style).text(this.glyphs(piece.text, style.face), x + piece.x, baseline - rise, {
        lineBreak: false,
        baseline: 'alphabetic',
      });
      if (!tagged || !content) continue;
      this.doc.endMarkedContent();
      tagged.node.add(content);
      if (link) {
        // The annotation belongs to the Link element, with its text as the link's description.
        this.doc.link(x + piece.x, top, piece.width, height, link.href, {
          structParent: link.element.node,
          Contents: new String(piece.text.trim()),
        } as never);
      }
    }
    if (!block) this.doc.endMarkedContent();
  }

  /** Vertical space, dropped at the top of a page. */
  space(points: number): void {
    if (this.y > this.geometry.margin.top) this.y += points;
  }
}

/** A new tagged document: structure tree, language, title shown by viewers, metadata. */
export function createDocument(options: {
  lang: string;
  size: [number, number];
  info: PDFKit.DocumentInfo;
}): Doc {
  return new PDFDocument({
    size: options.size,
    margin: 0,
    pdfVersion: '1.7',
    tagged: true,
    lang: options.lang,
    displayTitle: true,
    bufferPages: true,
    // No default Helvetica: every face in the file is embedded.
    font: null as unknown as string,
    info: options.info,
  });
}
