/**
 * Link-preview images (Open Graph, Twitter): a 1200x630 PNG per page kind, drawn at build time
 * with satori (layout to SVG) and resvg (SVG to PNG) from the Noto Sans files that
 * `@fontsource/noto-sans` ships, read from node_modules, never fetched, so every machine draws
 * the same pixels. Flat colours and no gradients keep each PNG well under 100 KB.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { type OgCard, ogImageSize } from './og-card.ts';

export { ogImageSize, type OgCard };

// Colours from src/styles/tokens.css (light scheme), written out because satori reads no CSS.
const colours = { bg: '#ffffff', text: '#1b1f24', accent: '#0b4f9c', muted: '#4a5360' };

const fontFiles = [
  { file: 'noto-sans-latin-400-normal.woff', weight: 400 },
  { file: 'noto-sans-latin-ext-400-normal.woff', weight: 400 },
  { file: 'noto-sans-latin-700-normal.woff', weight: 700 },
  { file: 'noto-sans-latin-ext-700-normal.woff', weight: 700 },
] as const;

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]>;

/** The font files, resolved from the project's node_modules (satori reads .woff, not .woff2). */
function loadFonts() {
  fonts ??= (async () => {
    const require = createRequire(join(process.cwd(), 'package.json'));
    return Promise.all(
      fontFiles.map(async ({ file, weight }) => ({
        name: 'Noto Sans',
        data: await readFile(require.resolve(`@fontsource/noto-sans/files/${file}`)),
        weight,
        style: 'normal' as const,
      })),
    );
  })();
  return fonts;
}

/** Long words get a smaller size, so six lines at most fill the space at any length. */
export function textSize(text: string): number {
  if (text.length <= 60) return 64;
  if (text.length <= 110) return 54;
  if (text.length <= 170) return 46;
  return 40;
}

const accentWidth = 24;
const padding = 72;

type Node = { type: string; props: Record<string, unknown> };

const box = (style: Record<string, unknown>, children: unknown): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** The layout as satori's element tree (plain objects, so no JSX build step is needed). */
export function ogImageTree(card: OgCard): Node {
  const { width, height } = ogImageSize;
  return box({ width, height, backgroundColor: colours.bg }, [
    box({ width: accentWidth, flexShrink: 0, backgroundColor: colours.accent }, []),
    // Stretched to the full height by the row; an explicit height would add the padding to it.
    box(
      {
        flexGrow: 1,
        flexDirection: 'column',
        paddingTop: 56,
        paddingBottom: 56,
        paddingLeft: padding,
        paddingRight: padding,
        fontFamily: 'Noto Sans',
        color: colours.text,
      },
      [
        box({ fontSize: 32, fontWeight: 700, color: colours.accent }, card.kicker),
        box({ flexGrow: 1, flexDirection: 'column', justifyContent: 'center', gap: 20 }, [
          box({ alignItems: 'flex-end', columnGap: 20 }, [
            box({ fontSize: 56, fontWeight: 700, lineHeight: 1.1 }, card.heading),
            ...(card.headingNote
              ? [
                  box(
                    { fontSize: 28, lineHeight: 1.6, color: colours.muted },
                    `(${card.headingNote})`,
                  ),
                ]
              : []),
          ]),
          box({ fontSize: textSize(card.text), lineHeight: 1.25 }, card.text),
        ]),
        box({ fontSize: 28, color: colours.muted }, card.footer),
      ],
    ),
  ]);
}

/** Draws the card as a 1200x630 PNG. */
export async function renderOgImage(card: OgCard): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(ogImageTree(card) as Parameters<typeof satori>[0], {
    ...ogImageSize,
    fonts: await loadFonts(),
  });
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: ogImageSize.width },
    // Text is already paths; system fonts are never consulted, so output is the same everywhere.
    font: { loadSystemFonts: false },
    shapeRendering: 2,
    textRendering: 1,
  }).render();
  return new Uint8Array(png.asPng());
}
