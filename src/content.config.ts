/**
 * The content collections: one per kind of file and language. The schemas, with the editors'
 * documentation of every field, are in `src/lib/content-schema.ts`; this file only says where
 * each collection's files are and how a recommendation refers to its topics. Every rule,
 * including those across files, is checked before the build by `src/lib/content-check/`.
 */
import { join } from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Lang } from './i18n/locales.ts';
import {
  changeSchema,
  declarationSchema,
  glossarySchema,
  pageSchema,
  recommendationSchema,
  topicSchema,
} from './lib/content-schema.ts';

const contentDir = process.env.CONTENT_DIR ?? './content';

/** Entry ids come from the `id` in the frontmatter, never from the file name or a heading. */
function contentFolder(lang: Lang, folder: string) {
  return glob({
    pattern: '*.md',
    base: join(contentDir, lang, folder),
    generateId: ({ entry, data }) =>
      typeof data.id === 'string' && data.id ? data.id : `missing-id:${entry}`,
  });
}

function declarationCollection(lang: Lang) {
  return defineCollection({
    loader: glob({
      pattern: 'declaration.md',
      base: join(contentDir, lang),
      generateId: () => 'declaration',
    }),
    schema: declarationSchema,
  });
}

function topicCollection(lang: Lang) {
  return defineCollection({ loader: contentFolder(lang, 'topics'), schema: topicSchema });
}

function recommendationCollection(lang: Lang) {
  return defineCollection({
    loader: contentFolder(lang, 'recommendations'),
    schema: recommendationSchema(reference(`topics_${lang}`)),
  });
}

/** One file per language; a language may have none (then search has no glossary terms). */
function glossaryCollection(lang: Lang) {
  return defineCollection({
    loader: glob({
      pattern: 'glossary.md',
      base: join(contentDir, lang),
      generateId: () => 'glossary',
    }),
    schema: glossarySchema,
  });
}

function pageCollection(lang: Lang) {
  return defineCollection({ loader: contentFolder(lang, 'pages'), schema: pageSchema });
}

function changeCollection(lang: Lang) {
  return defineCollection({ loader: contentFolder(lang, 'changes'), schema: changeSchema });
}

export const collections = {
  declaration_en: declarationCollection('en'),
  topics_en: topicCollection('en'),
  recommendations_en: recommendationCollection('en'),
  pages_en: pageCollection('en'),
  glossary_en: glossaryCollection('en'),
  changes_en: changeCollection('en'),
  declaration_fr: declarationCollection('fr'),
  topics_fr: topicCollection('fr'),
  recommendations_fr: recommendationCollection('fr'),
  pages_fr: pageCollection('fr'),
  glossary_fr: glossaryCollection('fr'),
  changes_fr: changeCollection('fr'),
};
