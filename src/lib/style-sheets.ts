/**
 * Which stylesheet a component's styles go into, for Rolldown's `manualChunks` at build time.
 * A reading page (home, recommendation, topic) loads the site's one sheet, `site`; a page with
 * much of its own (search, side by side, the log of changes, about) loads `site` and one more.
 * One sheet per component would cost more: small files compress worse than one, each is a
 * request. A component that appears on a reading page belongs in `site`.
 */
/** The sheet every page loads. */
export const siteSheet = 'site';

const ownSheets: [name: string, component: RegExp][] = [
  [
    'search',
    /\/(components\/Search(Page|Form|Results|Browse)|pages\/\[\.\.\.lang\]\/search)\.astro\?/,
  ],
  ['side-by-side', /\/(components\/SideBySide|pages\/\[\.\.\.lang\]\/side-by-side)\.astro\?/],
  ['changes', /\/(components\/ChangeItem|pages\/\[\.\.\.lang\]\/changes\/index)\.astro\?/],
  ['about', /\/(components\/CitationExamples|pages\/\[\.\.\.lang\]\/about)\.astro\?/],
];

/** The chunk (and so the stylesheet) a module's CSS goes into; other modules are left alone. */
export function styleSheetOf(id: string): string | null {
  if (!id.endsWith('.css')) return null;
  return ownSheets.find(([, component]) => component.test(id))?.[0] ?? siteSheet;
}
