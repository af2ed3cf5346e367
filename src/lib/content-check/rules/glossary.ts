/**
 * The glossary of each language: every entry's id once, the topic or recommendation it belongs
 * to exists in that language, its term (or one of its forms) is in the report's text, no form
 * or acronym belongs to two entries, and a translation has the same entries, belonging to the
 * same pages. A missing translation of the whole file is the parity rule's to report.
 */
import { defaultLang, locales } from '../../../i18n/locales.ts';
import { collapseSpaces, splitParagraphs } from '../../source-text.ts';
import { type Entry, entriesOf } from '../load.ts';
import type { Problem } from '../problem.ts';
import { isString, problemAt, type Rule, unknownReason } from '../rule.ts';

interface Term {
  index: number;
  id: unknown;
  term: unknown;
  forms: unknown[];
  acronyms: unknown[];
  topic: unknown;
  recommendation: unknown;
}

function termsOf(glossary: Entry): Term[] {
  const entries = glossary.data['entries'];
  if (!Array.isArray(entries)) return [];
  return entries.map((item: unknown, index) => {
    const entry = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
    const list = (value: unknown) => (Array.isArray(value) ? value : []);
    return {
      index,
      id: entry['id'],
      term: entry['term'],
      forms: list(entry['forms']),
      acronyms: list(entry['acronyms']),
      topic: entry['topic'],
      recommendation: entry['recommendation'],
    };
  });
}

/** Ids of a kind in a language: each file's id, and its file name (which owns the id). */
function idsOf(set: Parameters<Rule>[0], kind: 'topic' | 'recommendation', lang: string) {
  const ids = new Set<unknown>(entriesOf(set, kind, lang as never).map((e) => e.data['id']));
  for (const { path, place } of set.files) {
    if (place.role === 'entry' && place.kind === kind && place.lang === lang) {
      ids.add(path.split('/').at(-1)?.replace(/\.md$/, ''));
    }
  }
  return ids;
}

/** The language's text, folded for a case-insensitive, word-bounded search. */
function textOf(set: Parameters<Rule>[0], lang: string): string | undefined {
  const [declaration] = entriesOf(set, 'declaration', lang as never);
  return declaration ? splitParagraphs(declaration.body).join(' ').toLowerCase() : undefined;
}

function holds(text: string, words: string): boolean {
  const wanted = collapseSpaces(words).toLowerCase();
  let at = text.indexOf(wanted);
  while (at !== -1) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + wanted.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    at = text.indexOf(wanted, at + 1);
  }
  return false;
}

function checkLanguage(set: Parameters<Rule>[0], glossary: Entry): Problem[] {
  const problems: Problem[] = [];
  const lang = glossary.lang;
  const terms = termsOf(glossary);
  const at = (term: Term, ...path: PropertyKey[]) => ['entries', term.index, ...path];
  const firstWithId = new Map<unknown, Term>();
  const ownerOf = new Map<string, { term: Term; path: PropertyKey[] }>();
  const known = {
    topic: idsOf(set, 'topic', lang),
    recommendation: idsOf(set, 'recommendation', lang),
  };
  const text = textOf(set, lang);
  for (const term of terms) {
    if (isString(term.id)) {
      const first = firstWithId.get(term.id);
      if (first) {
        problems.push(
          problemAt(
            glossary,
            at(term, 'id'),
            `entry "${term.id}" is given twice (also entries[${first.index}]); give each term once`,
          ),
        );
      } else firstWithId.set(term.id, term);
    }
    for (const kind of ['topic', 'recommendation'] as const) {
      const id = term[kind];
      if (isString(id) && !known[kind].has(id)) {
        problems.push(problemAt(glossary, at(term, kind), unknownReason(kind, id)));
      }
    }
    const wordings = [term.term, ...term.forms].filter(isString);
    if (text !== undefined && isString(term.term) && !wordings.some((w) => holds(text, w))) {
      problems.push(
        problemAt(
          glossary,
          at(term, 'term'),
          `“${term.term}” is not in the text, nor is any of its forms: a glossary term is the report's own wording`,
        ),
      );
    }
    const named: { path: PropertyKey[]; value: unknown }[] = [
      { path: at(term, 'term'), value: term.term },
      ...term.forms.map((value, i) => ({ path: at(term, 'forms', i), value })),
      ...term.acronyms.map((value, i) => ({ path: at(term, 'acronyms', i), value })),
    ];
    for (const { path, value } of named) {
      if (!isString(value)) continue;
      const key = collapseSpaces(value).toLowerCase();
      const owner = ownerOf.get(key);
      if (!owner) ownerOf.set(key, { term, path });
      else if (owner.term !== term) {
        problems.push(
          problemAt(
            glossary,
            path,
            `“${value}” also names entry "${String(owner.term.id)}" (entries[${owner.term.index}]): a search for it must lead to one page`,
          ),
        );
      }
    }
  }
  return problems;
}

/** Whether an entry (`entries[2]`) of a file already has a problem: it is not compared. */
function hasProblem(earlier: readonly Problem[], file: Entry, index: number): boolean {
  const field = `entries[${index}]`;
  return earlier.some((p) => p.file === file.file && p.field.startsWith(field));
}

/**
 * A translation's entries against the default language's: same ids, same pages. An entry that
 * is wrong in itself (no page, or two) is reported on its own, not compared.
 */
function checkTranslation(
  original: Entry,
  translation: Entry,
  earlier: readonly Problem[],
): Problem[] {
  const problems: Problem[] = [];
  const originals = new Map(termsOf(original).map((t) => [t.id, t]));
  const translated = new Set<unknown>();
  for (const term of termsOf(translation)) {
    translated.add(term.id);
    const twin = originals.get(term.id);
    if (!isString(term.id)) continue;
    if (!twin) {
      problems.push(
        problemAt(
          translation,
          ['entries', term.index, 'id'],
          `entry "${term.id}" has no original in ${original.file}`,
        ),
      );
      continue;
    }
    const compared =
      !hasProblem(earlier, translation, term.index) && !hasProblem(earlier, original, twin.index);
    for (const field of ['topic', 'recommendation'] as const) {
      if (!compared) break;
      if (term[field] !== twin[field] && (isString(term[field]) || isString(twin[field]))) {
        problems.push(
          problemAt(
            translation,
            ['entries', term.index, field],
            `must equal ${JSON.stringify(twin[field] ?? null)} as in ${original.file} (entries[${twin.index}]), found ${JSON.stringify(term[field] ?? null)}`,
          ),
        );
      }
    }
  }
  for (const [id, twin] of originals) {
    if (!isString(id) || translated.has(id)) continue;
    problems.push({
      file: translation.file,
      line: translation.lineOf(['entries']),
      field: 'entries',
      reason: `missing the translation of entry "${id}" (${original.file}, entries[${twin.index}])`,
    });
  }
  return problems;
}

export const glossaryRule: Rule = (set, earlier) => {
  const [original] = entriesOf(set, 'glossary', defaultLang);
  const own = locales.flatMap((lang) =>
    entriesOf(set, 'glossary', lang).flatMap((glossary) => checkLanguage(set, glossary)),
  );
  // An entry wrong in either language is reported there, not again as a difference.
  const known = [...earlier, ...own];
  const translations = locales
    .filter((lang) => lang !== defaultLang)
    .flatMap((lang) => entriesOf(set, 'glossary', lang))
    .flatMap((glossary) => (original ? checkTranslation(original, glossary, known) : []));
  return [...own, ...translations];
};
