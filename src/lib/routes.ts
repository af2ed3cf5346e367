/**
 * `getStaticPaths` for each kind of page, in every language. The language reaches the page
 * through `Astro.locals` (see `src/middleware.ts`); a page about one entry gets the entry and
 * its edition as props, so it never looks them up again.
 */
import { defaultLang, type Lang, locales } from '../i18n/locales.ts';
import { type Edition, loadEdition } from './edition.ts';

/** The `[...lang]` param: nothing for the default language, its code for any other. */
const langParam = (lang: Lang) => (lang === defaultLang ? undefined : lang);

/** One page per language. */
export function languagePaths() {
  return locales.map((lang) => ({ params: { lang: langParam(lang) } }));
}

/** One page per language and per item that `items` picks from the language's edition. */
export async function entryPaths<Item, Params extends Record<string, string>>(
  items: (edition: Edition) => readonly Item[],
  params: (item: Item) => Params,
) {
  const perLanguage = await Promise.all(
    locales.map(async (lang) => {
      const edition = await loadEdition(lang);
      return items(edition).map((entry) => ({
        params: { lang: langParam(lang), ...params(entry) },
        props: { edition, entry },
      }));
    }),
  );
  return perLanguage.flat();
}

/** `/recommendations/<id>/` and its files, in every language. */
export const recommendationPaths = () =>
  entryPaths(
    (edition) => edition.recommendations,
    (r) => ({ id: r.id }),
  );

/** `/topics/<id>/`, in every language. */
export const topicPaths = () =>
  entryPaths(
    (edition) => edition.topics,
    (topic) => ({ id: topic.id }),
  );

/** The edition's own files (`<declaration id>.<lang>.pdf`), one per language. */
export const editionFilePaths = () =>
  entryPaths(
    (edition) => [edition],
    (edition) => ({ file: `${edition.declaration.data.id}.${edition.lang}` }),
  );

/** Each path once per file format (`cite.bib`, `cite.ris` …). */
export function inFormats<Path extends { params: object }, Format extends string>(
  paths: readonly Path[],
  formats: readonly Format[],
) {
  return paths.flatMap((path) =>
    formats.map((format) => ({ ...path, params: { ...path.params, format } })),
  );
}
