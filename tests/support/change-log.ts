/**
 * The edition's log of changes as the tests read it: straight from the content files, with the
 * content check's reader, so that what the pages and exports say is compared with the log
 * itself rather than with the site's own code that turns it into dates.
 */
import { join } from 'node:path';
import type { Lang } from '../../src/i18n/locales';
import { entriesOf, loadContent } from '../../src/lib/content-check/load';
import { projectRoot } from './run';

export interface LoggedChange {
  id: string;
  number: number;
  /** `YYYY-MM-DD`, as written. */
  date: string;
  pages: string[];
}

const logs = new Map<string, LoggedChange[]>();

/** The log of `lang`, newest first, read once per test file. */
export function changeLog(lang: Lang, contentDir = join(projectRoot, 'content')): LoggedChange[] {
  const key = `${contentDir}:${lang}`;
  let log = logs.get(key);
  if (!log) {
    log = entriesOf(loadContent(contentDir), 'change', lang)
      .map((entry) => entry.data as unknown as LoggedChange)
      .sort((a, b) => b.number - a.number);
    logs.set(key, log);
  }
  return log;
}

/** The date of the latest change: the edition's date. */
export function editionDate(lang: Lang): string {
  const [latest] = changeLog(lang);
  if (!latest) throw new Error(`content/${lang}/changes/ is empty`);
  return latest.date;
}

/** The kind of page a built page is, from its path below the language's root. */
export function kindOfPath(path: string): string {
  const inside = path.replace(/^\/?(fr\/)?/, '');
  if (inside === '') return 'home';
  if (inside.endsWith('404.html')) return 'not-found';
  const [first, second] = inside.split('/');
  if (first === 'recommendations') return second ? 'recommendation' : 'recommendations';
  if (first === 'topics') return second ? 'topic' : 'topics';
  if (first && ['about', 'search', 'side-by-side', 'changes'].includes(first)) return first;
  throw new Error(`No kind of page known for ${path}`);
}

/** The latest change to pages of `kind`: one that names it, or every page. */
export function lastChangeOf(lang: Lang, kind: string): LoggedChange | undefined {
  return changeLog(lang).find((c) => c.pages.includes(kind) || c.pages.includes('all'));
}
