/**
 * A heading's id comes from its text (rehype-slug), and the site's own ids are permanent
 * anchors: a heading "Summary" in any body would get `id="summary"` and take `/#summary` over;
 * "R3" would take `/#r3`. The ids the site uses are listed in `src/lib/anchors.ts`.
 */
import { reservedIdOwner } from '../../anchors.ts';
import type { Rule } from '../rule.ts';

export const reservedIdsRule: Rule = (set) =>
  set.entries.flatMap((entry) =>
    entry.markdown.ids.flatMap(({ id, heading, line }) => {
      const owner = reservedIdOwner(id);
      if (!owner) return [];
      const what = heading === undefined ? 'an element' : `the heading "${heading}"`;
      return [
        {
          file: entry.file,
          line,
          field: 'body',
          reason: `${what} would get the id "${id}", which is ${owner}: reword the heading`,
        },
      ];
    }),
  );
