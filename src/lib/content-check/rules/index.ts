/**
 * Every content rule, in the order they run. A new rule is a small function over the content
 * set (see `../rule.ts`) added here; `parityRule` runs last, as it looks at what the others
 * found.
 */
import type { Rule } from '../rule';
import { bodiesRule } from './bodies';
import { changesRule } from './changes';
import { charactersRule } from './characters';
import { declarationDatesRule } from './declaration-dates';
import { filesRule } from './files';
import { glossaryRule } from './glossary';
import { linksRule } from './links';
import { numberingRule } from './numbering';
import { parityRule } from './parity';
import { rawHtmlRule } from './raw-html';
import { reservedIdsRule } from './reserved-ids';
import { schemaRule } from './schema';
import { sourceTextRule } from './source-text';
import { topicReferencesRule } from './topic-references';

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
