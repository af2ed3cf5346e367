/**
 * Markdown bodies where they belong: a declaration, a topic and a site page need text (an empty
 * one would publish an empty summary or an empty "Editorial context" box); a recommendation is
 * frontmatter only, so a body there would never be published.
 */
import { contentLayout, type ContentKind } from '../../content-schema.ts';
import type { Rule } from '../rule.ts';

const whatTheBodyIs: Record<ContentKind, string> = {
  declaration: "the source's text, paragraph by paragraph, shown on the home page",
  topic: 'the editorial context shown on the topic page',
  recommendation: 'its words go in "words"',
  page: "the page's text",
  glossary: 'its terms go in "entries"',
  change: 'what changed (the changes page and its feed show it)',
};

export const bodiesRule: Rule = (set) =>
  set.entries.flatMap((entry) => {
    const hasText = entry.markdown.text.trim() !== '';
    const firstLine = entry.bodyLine + (/^\s*/.exec(entry.body)?.[0].split('\n').length ?? 1) - 1;
    if (contentLayout[entry.kind].body === 'forbidden') {
      return entry.body.trim()
        ? [
            {
              file: entry.file,
              line: firstLine,
              field: 'body',
              reason: `a ${entry.kind} is frontmatter only: ${whatTheBodyIs[entry.kind]}, and this text would never be published; remove it`,
            },
          ]
        : [];
    }
    return hasText
      ? []
      : [
          {
            file: entry.file,
            line: entry.body.trim() ? firstLine : entry.bodyLine - 1,
            field: 'body',
            reason: `empty: write ${whatTheBodyIs[entry.kind]} after the frontmatter`,
          },
        ];
  });
