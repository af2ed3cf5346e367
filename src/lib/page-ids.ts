/**
 * The site pages written as content, in `content/<lang>/pages/`: each id here has its route in
 * `src/pages/[...lang]/` (`about` is `about.astro`), which loads the file by this id. A file
 * there whose id is not listed would never be published, so the content check refuses it.
 */
export const pageIds = {
  about: 'about',
} as const;

export type PageId = (typeof pageIds)[keyof typeof pageIds];

export const routedPageIds: readonly PageId[] = Object.values(pageIds);
