/**
 * Which stylesheet a component's styles go into, for Rolldown's code splitting at build time.
 * Every page loads the site's sheet (the global rules and what most kinds of page show) and at
 * most one more, for its kind of page. One sheet per component would cost more: small files
 * compress worse than one, and each is a request; one sheet for everything would make every
 * page download every other page's rules. A component used by two kinds of page goes in `site`,
 * and so does one whose rules style another's elements (CopyLink's buttons are CiteThis's too).
 */

/** The sheet every page loads. */
export const siteSheet = 'site';

const component = (names: string) => new RegExp(`/components/(${names})\\.astro\\?`);
const page = (names: string) => new RegExp(`/pages/\\[\\.\\.\\.lang\\]/(${names})\\.astro\\?`);

/** Each kind of page's own sheet, and the components and pages whose styles it holds. */
const ownSheets: [name: string, styles: RegExp[]][] = [
  // The home page (the report and the edition's apparatus) and the about page.
  [
    'edition',
    [
      component(
        'SourceText|PublicationDetails|DataExports|EditionDownloads|OfflineEdition|CitationExamples',
      ),
      page('index|about'),
    ],
  ],
  // A recommendation's or a topic's page, and the list of topics.
  [
    'entry',
    [
      component('EntryHeading|SourceSentence|RecommendationFacts|EditorialNote|Pager'),
      page('topics/index'),
    ],
  ],
  ['search', [component('Search(Page|Form|Results|Browse)'), page('search')]],
  ['side-by-side', [component('SideBySide'), page('side-by-side')]],
  ['changes', [component('ChangeItem'), page('changes/index')]],
];

/** The chunk (and so the stylesheet) a module's CSS goes into; other modules are left alone. */
export function styleSheetOf(id: string): string | null {
  if (!id.endsWith('.css')) return null;
  return ownSheets.find(([, styles]) => styles.some((re) => re.test(id)))?.[0] ?? siteSheet;
}
