/**
 * Reads a content folder into a `ContentSet`: every file found, and each content file's
 * frontmatter, body and Markdown facts, with lines. Reading stops at nothing: a file that
 * cannot be read is a problem, and the other files are still read, so every problem is found
 * in one run.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { isLang, type Lang, locales } from '../../i18n/locales.ts';
import { type ContentKind, contentLayout, contentKinds } from '../content-schema.ts';
import { type Frontmatter, readFrontmatter } from './frontmatter.ts';
import { type MarkdownFacts, readMarkdown } from './markdown.ts';
import type { Problem } from './problem.ts';
import { decodeContent } from './text.ts';

export interface Entry extends Frontmatter {
  kind: ContentKind;
  lang: Lang;
  /** Path inside the content folder: `en/topics/cybercrime.md`. */
  path: string;
  /** The path as problems show it. */
  file: string;
  markdown: MarkdownFacts;
}

/** What a file in the content folder is, by where it is. */
export type FileRole =
  | { role: 'entry'; kind: ContentKind; lang: Lang }
  | { role: 'source' }
  | { role: 'ignored' }
  | { role: 'stray'; reason: string };

export interface ContentFile {
  path: string;
  file: string;
  place: FileRole;
}

/** A source text in `source/`: what the edition reproduces. */
export interface SourceText {
  path: string;
  file: string;
  text: string;
}

export interface ContentSet {
  /** Every file in the folder, in path order. */
  files: ContentFile[];
  /** The source texts that could be read, in path order. */
  sources: SourceText[];
  /** Every content file that could be read, in path order. */
  entries: Entry[];
  /** Files that could not be read: not UTF-8, or frontmatter that is not YAML. */
  problems: Problem[];
  /** The problem path of a path inside the folder (for a file that should exist). */
  show(path: string): string;
}

/** Files operating systems leave in folders; no editor writes them. */
const systemLitter = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

const kindOfFolder = new Map(
  contentKinds.flatMap((kind) => {
    const folder = contentLayout[kind].folder;
    return folder ? [[folder, kind] as const] : [];
  }),
);

/** The kinds that are one file in a language folder (`declaration.md`, `glossary.md`). */
const kindOfFile = new Map(
  contentKinds.flatMap((kind) => {
    const file = contentLayout[kind].file;
    return file ? [[file, kind] as const] : [];
  }),
);

const languages = locales.join(', ');

/** Where `path` (inside the content folder, with `/`) belongs in the content model. */
export function placeOf(path: string): FileRole {
  const parts = path.split('/');
  const name = parts.at(-1) ?? '';
  if (systemLitter.has(name)) return { role: 'ignored' };
  const [first, second, third] = parts;
  if (first === 'source') {
    return parts.length === 2 && name.endsWith('.txt')
      ? { role: 'source' }
      : { role: 'stray', reason: 'source/ holds only the source texts, as .txt files' };
  }
  if (!isLang(first)) {
    return {
      role: 'stray',
      reason: `not part of the content: content/ holds one folder per language (${languages}) and source/`,
    };
  }
  if (/\.(markdown|mdown|mkdn?|mdx|md)$/i.test(name) && !name.endsWith('.md')) {
    const fixed = name.replace(/\.[^.]+$/, '.md');
    return { role: 'stray', reason: `content files end in .md: rename it ${fixed}` };
  }
  const single = second === undefined ? undefined : kindOfFile.get(second);
  if (parts.length === 2 && single) return { role: 'entry', kind: single, lang: first };
  const kind = second === undefined ? undefined : kindOfFolder.get(second);
  if (kind && parts.length === 3 && third?.endsWith('.md') && !third.startsWith('.')) {
    return { role: 'entry', kind, lang: first };
  }
  const folders = [...kindOfFolder.keys()].map((f) => `${f}/`).join(', ');
  const files = [...kindOfFile.keys()].join(', ');
  return {
    role: 'stray',
    reason: `not part of the content: a language folder holds ${files} and .md files in ${folders}`,
  };
}

function listFiles(dir: string, inside = ''): string[] {
  return readdirSync(join(dir, inside), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((item) => {
      const path = inside ? `${inside}/${item.name}` : item.name;
      return item.isDirectory() ? listFiles(dir, path) : [path];
    });
}

/** How problems name files: relative to the working folder when inside it, else absolute. */
export function displayRoot(dir: string): string {
  const shown = relative(process.cwd(), dir);
  return shown && !shown.startsWith('..') && !isAbsolute(shown) ? shown.split(sep).join('/') : dir;
}

export function loadContent(dir: string, root = displayRoot(dir)): ContentSet {
  const show = (path: string) => (root ? `${root}/${path}` : path);
  const problems: Problem[] = [];
  const files: ContentFile[] = listFiles(dir).map((path) => {
    const isLink = lstatSync(join(dir, path)).isSymbolicLink();
    const place: FileRole = isLink
      ? { role: 'stray', reason: 'a symbolic link: content must be plain files in this folder' }
      : placeOf(path);
    return { path, file: show(path), place };
  });
  const entries: Entry[] = [];
  const sources: SourceText[] = [];
  for (const { path, file, place } of files) {
    if (place.role !== 'entry' && place.role !== 'source') continue;
    const decoded = decodeContent(readFileSync(join(dir, path)));
    if (!decoded.ok) {
      problems.push({
        file,
        line: decoded.line,
        field: '(file)',
        reason: decoded.utf16
          ? 'saved as UTF-16, not UTF-8: save the file as UTF-8'
          : `not UTF-8 (byte 0x${decoded.byte.toString(16).padStart(2, '0')} at column ${decoded.column}): save the file as UTF-8`,
      });
      continue;
    }
    if (place.role === 'source') {
      sources.push({ path, file, text: decoded.text });
      continue;
    }
    const read = readFrontmatter(decoded.text);
    if (!read.ok) {
      problems.push(
        ...read.problems.map((p) => ({
          file,
          line: p.line,
          field: '(frontmatter)',
          reason: p.reason,
        })),
      );
      continue;
    }
    const { frontmatter } = read;
    entries.push({
      ...frontmatter,
      kind: place.kind,
      lang: place.lang,
      path,
      file,
      markdown: readMarkdown(frontmatter.body, frontmatter.bodyLine),
    });
  }
  return { files, sources, entries, problems, show };
}

/** One kind of entry in one language, in path order. */
export function entriesOf(set: ContentSet, kind: ContentKind, lang: Lang): Entry[] {
  return set.entries.filter((entry) => entry.kind === kind && entry.lang === lang);
}
