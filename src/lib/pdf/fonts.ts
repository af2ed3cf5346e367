/**
 * The faces of the edition's PDF: Noto Serif for the source's text (the face the site prints
 * it in) and Noto Sans for everything the editors add, read from the `@fontsource` packages in
 * node_modules, never fetched. Fontsource splits each face by script; the Latin files cover
 * English and French. A character a face lacks is a build error, never a blank box.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as fontkit from 'fontkit';

// WOFF, not WOFF2: fontkit cannot subset the glyphs of a WOFF2 file ("Offset is outside the
// bounds of the DataView"), and PDFKit embeds a subset of each face.
export const faces = {
  serif: '@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff',
  serifBold: '@fontsource/noto-serif/files/noto-serif-latin-700-normal.woff',
  sans: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
  sansBold: '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff',
} as const;

export type Face = keyof typeof faces;

export interface LoadedFace {
  data: Buffer;
  /** Whether the face has a glyph for the character. */
  has(char: string): boolean;
}

let loaded: Promise<Record<Face, LoadedFace>> | undefined;

/** The font files, read and opened once per build. */
export function loadFaces(): Promise<Record<Face, LoadedFace>> {
  loaded ??= (async () => {
    const require = createRequire(join(process.cwd(), 'package.json'));
    const entries = await Promise.all(
      Object.entries(faces).map(async ([face, file]) => {
        const data = await readFile(require.resolve(file));
        const font = fontkit.create(data);
        if (!('hasGlyphForCodePoint' in font)) throw new Error(`${file}: not a single font`);
        const has = (char: string) => font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0);
        return [face, { data, has }] as const;
      }),
    );
    return Object.fromEntries(entries) as Record<Face, LoadedFace>;
  })();
  return loaded;
}

/**
 * French puts a narrow no-break space (U+202F) before ; ! ? and inside « », and Noto's Latin
 * files have no glyph for it. A thin space (U+2009) draws the same narrow gap, and the PDF's
 * line breaking breaks only at ordinary spaces, so it stays unbreakable.
 */
export function drawable(text: string): string {
  return text.replaceAll('\u202f', '\u2009');
}
