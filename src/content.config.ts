/**
 * The content model. Every fact the site publishes is validated here; a file that breaks a rule
 * fails the build with its path, the field and the reason. Cross-file rules (unknown references,
 * duplicate numbers) are checked in `src/lib/integrity.ts`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import type { Lang } from './i18n/locales';
import { idClaims } from './lib/integrity';

/** A missing field says so, instead of zod's "expected string, received undefined". */
z.config({
  customError: (issue) => (issue.input === undefined ? 'missing (required)' : undefined),
});

const contentDir = process.env.CONTENT_DIR ?? './content';

/** Ids are permalinks: lowercase letters, digits and hyphens, decided once and never reused. */
const permanentId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');

const nonEmptyText = z.string().trim().min(1, 'must not be empty');

/**
 * Entry ids come from the `id` in the frontmatter, never from the file name or a heading. Two
 * files with one id fail the build (the content store would otherwise keep only one of them).
 */
function contentFolder(lang: Lang, folder: string, kind: string) {
  const base = join(contentDir, lang, folder);
  const claim = idClaims(kind, existsSync);
  return glob({
    pattern: '*.md',
    base,
    generateId: ({ entry, data }) =>
      typeof data.id === 'string' && data.id
        ? claim(data.id, join(base, entry))
        : `missing-id:${entry}`,
  });
}

const translationStatus = z
  .enum(['original', 'translation'])
  .describe("'original' for the source language, 'translation' for the site's own translation");

function declarationCollection(lang: Lang) {
  return defineCollection({
    loader: glob({
      pattern: 'declaration.md',
      base: join(contentDir, lang),
      generateId: () => 'declaration',
    }),
    schema: z.object({
      /** Permanent id of the declaration, used in data exports and citations. */
      id: permanentId,
      /** Short title, as readers name it. */
      title: nonEmptyText,
      /** Full title, as the source headline gives it. */
      fullTitle: nonEmptyText,
      /** Date the Conference adopted the declaration. */
      adopted: z.coerce.date(),
      /** City where it was adopted. */
      place: nonEmptyText,
      /** The Conference that adopted it. */
      conference: z.object({
        /** Full name of the Conference. */
        name: nonEmptyText,
        /** Its number in the series (18 for the 18th). */
        ordinal: z.number().int().positive(),
        /** First day of the Conference. */
        start: z.coerce.date(),
        /** Last day of the Conference. */
        end: z.coerce.date(),
        /** City where it was held. */
        city: nonEmptyText,
        /** Administration that hosted it. */
        host: nonEmptyText,
      }),
      /** Who took part, in the source's words. */
      participants: nonEmptyText,
      /** The WCO official who took part. */
      wcoParticipant: z.object({
        /** Name of the official. */
        name: nonEmptyText,
        /** Their office. */
        role: nonEmptyText,
      }),
      /** The closing acknowledgement, in the source's words. */
      acknowledgement: nonEmptyText,
      /** The only source text of the declaration. */
      source: z.object({
        /** Organization that published it. */
        publisher: nonEmptyText,
        /** Kind of publication. */
        kind: nonEmptyText,
        /** Headline of the publication. */
        title: nonEmptyText,
        /** Date of publication. */
        published: z.coerce.date(),
      }),
      /** Whether this text is the source language or the site's translation of it. */
      translation: translationStatus,
      /** Date of this edition: the day the editors last changed its text or their notes. */
      editionDate: z.coerce.date(),
    }),
  });
}

function topicCollection(lang: Lang) {
  return defineCollection({
    loader: contentFolder(lang, 'topics', 'topic'),
    schema: z.object({
      /** Permanent id; decides `/topics/<id>/`. Never change or reuse it. */
      id: permanentId,
      /** Position in the order the source lists the topics, from 1. */
      number: z.number().int().positive(),
      /** Heading shown for the topic. */
      title: nonEmptyText,
      /** Short label for lists, filters and navigation. */
      shortTitle: nonEmptyText,
      /** The topic exactly as the source's list of topics words it. */
      sourceWording: nonEmptyText,
      /** The Markdown body is the site's editorial context, never the declaration's words. */
      bodyRole: z.literal('editorial'),
    }),
  });
}

function recommendationCollection(lang: Lang) {
  return defineCollection({
    loader: contentFolder(lang, 'recommendations', 'recommendation'),
    schema: z.object({
      /** Permanent id (`r3`); decides `/recommendations/<id>/` and the `#<id>` anchor. */
      id: z.string().regex(/^r[1-9][0-9]*$/, "must be 'r' followed by a number, such as r3"),
      /** Its number, in the order of the source, from 1. */
      number: z.number().int().positive(),
      /** Short editorial heading; the declaration's own words are in `words`. */
      title: nonEmptyText,
      /** Who the recommendation addresses. */
      addressee: z.enum(['wco', 'customs-administrations']),
      /** The verb the declaration uses for it. */
      verb: z.enum(['stressed', 'encouraged', 'recommended']),
      /** Its words, exactly as the source gives them. */
      words: nonEmptyText,
      /** Topics it relates to, by topic id. */
      topics: z.array(reference(`topics_${lang}`)).min(1, 'must name at least one topic'),
    }),
  });
}

function pageCollection(lang: Lang) {
  return defineCollection({
    loader: contentFolder(lang, 'pages', 'page'),
    schema: z.object({
      /** Permanent id; decides the page's URL (`about` is `/about/`). */
      id: permanentId,
      /** Page heading and `<title>`. */
      title: nonEmptyText,
      /** Meta description, one or two sentences. */
      description: nonEmptyText,
    }),
  });
}

export const collections = {
  declaration_en: declarationCollection('en'),
  topics_en: topicCollection('en'),
  recommendations_en: recommendationCollection('en'),
  pages_en: pageCollection('en'),
  declaration_fr: declarationCollection('fr'),
  topics_fr: topicCollection('fr'),
  recommendations_fr: recommendationCollection('fr'),
  pages_fr: pageCollection('fr'),
};
