/**
 * Every content rule, in the order they run. A new rule is a small function over the content
 * set (see `../rule.ts`) added here; `parityRule` runs last, as it looks at what the others
 * found.
 */
import type { Rule } from '../rule.ts';
import { bodiesRule } from './bodies.ts';
import { changesRule } from './changes.ts';
import { charactersRule } from './characters.ts';
import { declarationDatesRule } from './declaration-dates.ts';
import { filesRule } from './files.ts';
import { glossaryRule } from './glossary.ts';
import { linksRule } from './links.ts';
import { numberingRule } from './numbering.ts';
import { parityRule } from './parity.ts';
import { rawHtmlRule } from './raw-html.ts';
import { reservedIdsRule } from './reserved-ids.ts';
import { schemaRule } from './schema.ts';
import { sourceTextRule } from './source-text.ts';
import { topicReferencesRule } from './topic-references.ts';

export const rules: readonly Rule[] = [
  filesRule,
  schemaRule,
  declarationDatesRule,
  numberingRule,
  topicReferencesRule,
  changesRule(),
  bodiesRule,
  rawHtmlRule,
  linksRule,
  reservedIdsRule,
  charactersRule,
  sourceTextRule,
  glossaryRule,
  parityRule,
];
