/**
 * The edition's text is the source's text. In the default language the declaration's heading,
 * date line and paragraphs must be the source file's (`content/source/*.txt`), complete, in
 * order, word for word; a translation keeps the source's paragraphs one for one, and each
 * recommendation in its paragraph, so the two can be read side by side. In every language each recommendation's words are found once in
 * the text and each topic's wording in it, since the pages mark them there.
 */
import { defaultLang, type Lang, locales } from '../../../i18n/locales.ts';
import { collapseSpaces, type Mark, markText, splitParagraphs } from '../../source-text.ts';
import { type Entry, entriesOf } from '../load.ts';
import type { Problem } from '../problem.ts';
import { isString, problemAt, type Rule } from '../rule.ts';

const shorten = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}…` : text);

/** The two texts around where they first differ, so the editor sees the difference itself. */
function whereTheyDiffer(text: string, expected: string): [string, string] {
  let at = 0;
  while (at < text.length && text[at] === expected[at]) at += 1;
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 25)));
  const cut = (s: string) =>
    `${from > 0 ? '…' : ''}${s.slice(from, at + 30).trim()}${at + 30 < s.length ? '…' : ''}`;
  return [cut(text), cut(expected)];
}

/** The line of the body where paragraph `index` (from 0) starts. */
function paragraphLine(entry: Entry, index: number): number {
  const lines = entry.body.split('\n');
  let paragraph = -1;
  let inParagraph = false;
  for (const [i, line] of lines.entries()) {
    const blank = line.trim() === '';
    if (!blank && !inParagraph) paragraph += 1;
    if (!blank && !inParagraph && paragraph === index) return entry.bodyLine + i;
    inParagraph = !blank;
  }
  return entry.bodyLine + lines.length - 1;
}

/**
 * The original's heading, date line and paragraphs against the source file's. A field that
 * already has a problem of its own (a missing heading, an empty body) is not compared: that
 * problem is the one to fix.
 */
function againstSource(
  entry: Entry,
  earlier: readonly Problem[],
  sourceFile: string,
  source: string[],
): Problem[] {
  const headline = entry.data['headline'];
  const dateline = entry.data['dateline'];
  const hasProblem = (field: string) =>
    earlier.some((p) => p.file === entry.file && p.field === field);
  if (!isString(headline) || !isString(dateline)) return [];
  const problems: Problem[] = [];
  const [sourceHeadline = '', sourceDateline = '', ...sourceParagraphs] = source;
  const differs = (field: string, text: string, expected: string) => {
    const [found, wanted] = whereTheyDiffer(text, expected);
    return `${field} differs from the source (${sourceFile}): “${found}” where the source has “${wanted}”`;
  };
  if (collapseSpaces(headline) !== sourceHeadline) {
    problems.push(
      problemAt(
        entry,
        ['headline'],
        differs('the heading', collapseSpaces(headline), sourceHeadline),
      ),
    );
  }
  const title = (entry.data['source'] as Record<string, unknown> | undefined)?.['title'];
  if (isString(title) && collapseSpaces(title) !== sourceHeadline) {
    problems.push(
      problemAt(
        entry,
        ['source', 'title'],
        differs('the headline', collapseSpaces(title), sourceHeadline),
      ),
    );
  }
  if (collapseSpaces(dateline) !== sourceDateline) {
    problems.push(
      problemAt(
        entry,
        ['dateline'],
        differs('the date line', collapseSpaces(dateline), sourceDateline),
      ),
    );
  }
  if (hasProblem('body')) return problems;
  const paragraphs = splitParagraphs(entry.body);
  const count = Math.max(paragraphs.length, sourceParagraphs.length);
  for (let i = 0; i < count; i++) {
    const text = paragraphs[i];
    const expected = sourceParagraphs[i];
    if (text === expected) continue;
    const line = paragraphLine(entry, Math.min(i, Math.max(paragraphs.length - 1, 0)));
    const reason =
      text === undefined
        ? `paragraph ${i + 1} of the source is missing: “${shorten(expected ?? '')}”; the edition gives the source's text complete`
        : expected === undefined
          ? `paragraph ${i + 1} is not in the source (${sourceFile}): “${shorten(text)}”`
          : `paragraph ${i + 1} ${differs('', text, expected).slice(1)}`;
    problems.push({ file: entry.file, line, field: 'body', reason });
    // One report per file: after the first difference the rest would only repeat it.
    break;
  }
  return problems;
}

/**
 * The recommendations' words and topics' wordings of a language to look for in its text. Words
 * that already have a problem of their own (too long, empty) are not looked for: that problem
 * is the one to fix.
 */
function wantedMarks(set: Parameters<Rule>[0], earlier: readonly Problem[], lang: Lang) {
  const owners = new Map<string, { entry: Entry; field: string }>();
  const wanted: Mark[] = [];
  for (const [kind, field] of [
    ['recommendation', 'words'],
    ['topic', 'sourceWording'],
  ] as const) {
    for (const entry of entriesOf(set, kind, lang)) {
      const id = entry.data['id'];
      const words = entry.data[field];
      if (!isString(id) || !isString(words) || !words.trim()) continue;
      if (earlier.some((p) => p.file === entry.file && p.field === field)) continue;
      owners.set(`${kind}:${id}`, { entry, field });
      wanted.push({ kind, id, words });
    }
  }
  return { wanted, owners };
}

/** Each recommendation's words and each topic's wording, found in the language's text. */
function marks(
  set: Parameters<Rule>[0],
  earlier: readonly Problem[],
  lang: Lang,
  declaration: Entry,
) {
  const { wanted, owners } = wantedMarks(set, earlier, lang);
  const text = lang === defaultLang ? 'the source text' : `the text of ${declaration.file}`;
  return markText(declaration.body, wanted).problems.flatMap(({ mark, reason }) => {
    const owner = owners.get(`${mark.kind}:${mark.id}`);
    return owner ? [problemAt(owner.entry, [owner.field], reason.replace('the text', text))] : [];
  });
}

/** The paragraph each recommendation's words stand in, by id, where they could be placed. */
function recommendationParagraphs(
  set: Parameters<Rule>[0],
  earlier: readonly Problem[],
  lang: Lang,
  declaration: Entry,
) {
  const { wanted } = wantedMarks(set, earlier, lang);
  const found = new Map<string, number>();
  for (const paragraph of markText(declaration.body, wanted).paragraphs) {
    for (const { mark } of paragraph.segments) {
      if (mark?.kind === 'recommendation') found.set(mark.id, paragraph.number);
    }
  }
  return found;
}

/**
 * A translation keeps each recommendation in the paragraph the original has it in, so that the
 * two texts, read side by side, mark it in the same pair of paragraphs.
 */
function sameParagraphs(
  set: Parameters<Rule>[0],
  earlier: readonly Problem[],
  lang: Lang,
  declaration: Entry,
): Problem[] {
  const original = entriesOf(set, 'declaration', defaultLang)[0];
  if (!original) return [];
  const where = recommendationParagraphs(set, earlier, defaultLang, original);
  const here = recommendationParagraphs(set, earlier, lang, declaration);
  return entriesOf(set, 'recommendation', lang).flatMap((entry) => {
    const id = entry.data['id'];
    if (!isString(id)) return [];
    const expected = where.get(id);
    const found = here.get(id);
    if (expected === undefined || found === undefined || expected === found) return [];
    return [
      problemAt(
        entry,
        ['words'],
        `in paragraph ${found} of ${declaration.file}, where the ${defaultLang} words are in paragraph ${expected}: a translation keeps each recommendation in its paragraph, so the two texts align side by side`,
      ),
    ];
  });
}

export const sourceTextRule: Rule = (set, earlier) => {
  const [source] = set.sources;
  const sourceParagraphs = source ? splitParagraphs(source.text) : [];
  // An original whose body has a problem of its own is no measure for its translation.
  const originalParagraphs = entriesOf(set, 'declaration', defaultLang)
    .filter((entry) => !earlier.some((p) => p.file === entry.file && p.field === 'body'))
    .map((entry) => splitParagraphs(entry.body).length)
    .at(0);
  return locales.flatMap((lang) =>
    entriesOf(set, 'declaration', lang).flatMap((declaration) => {
      const problems: Problem[] = [];
      if (lang === defaultLang) {
        if (source) {
          problems.push(...againstSource(declaration, earlier, source.file, sourceParagraphs));
        } else {
          problems.push({
            file: declaration.file,
            field: '(file)',
            reason: `no source text to check it against: put the source in ${set.show('source/')} as a .txt file`,
          });
        }
      } else if (originalParagraphs !== undefined) {
        const count = splitParagraphs(declaration.body).length;
        if (count !== originalParagraphs) {
          problems.push({
            file: declaration.file,
            line: declaration.bodyLine,
            field: 'body',
            reason: `${count} paragraphs where the ${defaultLang} text has ${originalParagraphs}: a translation keeps the source's paragraphs one for one`,
          });
        } else {
          problems.push(...sameParagraphs(set, earlier, lang, declaration));
        }
      }
      problems.push(...marks(set, earlier, lang, declaration));
      return problems;
    }),
  );
};
