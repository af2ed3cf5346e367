/**
 * Every file in the content folder is accounted for: it is a content file in its place, a
 * source text, or an error. A content file is named after its id, every language has its
 * declaration, and a site page has a route that publishes it.
 */
import { defaultLang, locales } from '../../../i18n/locales.ts';
import { contentLayout } from '../../content-schema.ts';
import { routedPageIds } from '../../page-ids.ts';
import { problemAt, type Rule } from '../rule.ts';
import type { Problem } from '../problem.ts';

export const filesRule: Rule = (set) => {
  const problems: Problem[] = [];
  for (const { file, place } of set.files) {
    if (place.role === 'stray') problems.push({ file, field: '(file)', reason: place.reason });
  }
  for (const entry of set.entries) {
    const id = entry.data['id'];
    const name = entry.path.split('/').at(-1);
    const inFolder = contentLayout[entry.kind].folder !== undefined;
    if (inFolder && typeof id === 'string' && name !== `${id}.md`) {
      problems.push(
        problemAt(
          entry,
          ['id'],
          `the file is named ${name ?? ''} but its id is "${id}": a content file is named after its id`,
        ),
      );
    }
    if (
      entry.kind === 'page' &&
      typeof id === 'string' &&
      !(routedPageIds as readonly string[]).includes(id)
    ) {
      problems.push(
        problemAt(
          entry,
          ['id'],
          `no route publishes a page "${id}" (pages with a route: ${routedPageIds.join(', ')}); add its route in src/pages/[...lang]/ and its id in src/lib/page-ids.ts`,
        ),
      );
    }
  }
  // A translation's missing declaration is reported by the parity rule, naming the original.
  for (const lang of locales.filter((l) => l === defaultLang)) {
    const path = `${lang}/declaration.md`;
    if (!set.files.some((f) => f.path === path)) {
      problems.push({
        file: set.show(path),
        field: '(file)',
        reason: 'missing: every language needs its declaration.md',
      });
    }
  }
  return problems;
};
