/**
 * The kinds of page the site publishes, in every language. A change in the edition's log names
 * the kinds it changed (`content/<lang>/changes/`), and each page says which kind it is, so its
 * "last changed" date comes from the log and never from a date typed into a page.
 */
export const pageKinds = [
  /** `/`: the report's text and the editors' apparatus. */
  'home',
  /** `/recommendations/<id>/`. */
  'recommendation',
  /** `/recommendations/`. */
  'recommendations',
  /** `/topics/<id>/`. */
  'topic',
  /** `/topics/`. */
  'topics',
  /** `/about/`. */
  'about',
  /** `/search/`. */
  'search',
  /** `/side-by-side/`: the report and its translation, paragraph by paragraph. */
  'side-by-side',
  /** `/changes/`: this log. */
  'changes',
  /** The page-not-found pages. */
  'not-found',
] as const;

export type PageKind = (typeof pageKinds)[number];

/**
 * What a change may name: a kind of page, `all` for every page, or `exports` for the files
 * made for reuse (`declaration.json`, Akoma Ntoso, the citation files), which are not pages.
 */
export const changedParts = ['all', ...pageKinds, 'exports'] as const;

export type ChangedPart = (typeof changedParts)[number];
