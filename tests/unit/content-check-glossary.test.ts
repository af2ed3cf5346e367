/**
 * The glossary's rules (`src/lib/content-check/rules/glossary.ts` and its schema), on the good
 * fixture with a glossary laid over it. Only the glossary files' problems are looked at, so the
 * rest of the fixture speaks for itself in the other tests.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check';
import { placeOf } from '../../src/lib/content-check/load';
import { prepareContent } from '../fixtures/content-cases/cases';

const temporary: string[] = [];

afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function glossaryProblems(files: Record<string, string | null>) {
  const root = await mkdtemp(join(tmpdir(), 'content-glossary-'));
  temporary.push(root);
  const dir = join(root, 'content');
  await prepareContent(dir, files);
  return checkContent(dir, { root: 'content' })
    .map(formatProblem)
    .filter((line) => line.includes('/glossary.md'));
}

const glossary = (entries: string) => `---\nentries:\n${entries}---\n`;

const wco = `  - id: wco
    term: World Customs Organization
    acronyms: [WCO]
    forms:
      - World Customs Organisation
    recommendation: r1
`;

const cybercrime = (topic = 'cybercrime') => `  - id: cybercrime
    term: cybercrime
    topic: ${topic}
`;

describe('the glossary', () => {
  it('is a content file of each language, frontmatter only', () => {
    expect(placeOf('en/glossary.md')).toEqual({ role: 'entry', kind: 'glossary', lang: 'en' });
    expect(placeOf('fr/glossary.md')).toEqual({ role: 'entry', kind: 'glossary', lang: 'fr' });
    expect(placeOf('en/topics/glossary.md')).toMatchObject({ kind: 'topic' });
  });

  it('accepts entries that name existing pages, in the report’s words, in both languages', async () => {
    const text = glossary(wco + cybercrime());
    expect(await glossaryProblems({ 'en/glossary.md': text, 'fr/glossary.md': text })).toEqual([]);
  });

  it('names the file, line and field of an entry whose topic or recommendation does not exist', async () => {
    const text = glossary(wco.replace('r1', 'r9') + cybercrime('cyber-crime'));
    expect(await glossaryProblems({ 'en/glossary.md': text, 'fr/glossary.md': text })).toEqual([
      'content/en/glossary.md:8: entries[0].recommendation: unknown recommendation "r9" (no file in the recommendations folder has this id)',
      'content/en/glossary.md:11: entries[1].topic: unknown topic "cyber-crime" (no file in the topics folder has this id)',
      'content/fr/glossary.md:8: entries[0].recommendation: unknown recommendation "r9" (no file in the recommendations folder has this id)',
      'content/fr/glossary.md:11: entries[1].topic: unknown topic "cyber-crime" (no file in the topics folder has this id)',
    ]);
  });

  it('requires each entry to belong to one page: a topic or a recommendation', async () => {
    const none = glossary(`  - id: wco\n    term: World Customs Organization\n`);
    const both = glossary(
      `  - id: wco\n    term: WCO\n    topic: cybercrime\n    recommendation: r1\n`,
    );
    expect(await glossaryProblems({ 'en/glossary.md': none, 'fr/glossary.md': both })).toEqual([
      'content/en/glossary.md:3: entries[0].id: names no page: give the topic or the recommendation the term belongs to',
      'content/fr/glossary.md:6: entries[0].recommendation: give either a topic or a recommendation, not both',
    ]);
  });

  it('refuses a term the report does not use, an acronym not in capitals and an unknown field', async () => {
    const text = glossary(`  - id: safe
    term: SAFE Framework of Standards
    acronyms: [Safe]
    topic: cybercrime
    acronym: SAFE
`);
    const notInText = (lang: string) =>
      `content/${lang}/glossary.md:4: entries[0].term: “SAFE Framework of Standards” is not in the text, nor is any of its forms: a glossary term is the report's own wording`;
    // Every problem at once: the schema's and the text's.
    expect(await glossaryProblems({ 'en/glossary.md': text, 'fr/glossary.md': text })).toEqual([
      notInText('en'),
      'content/en/glossary.md:5: entries[0].acronyms[0]: must be 2 to 10 capital letters or digits, such as AEO',
      'content/en/glossary.md:7: entries[0].acronym: unknown field: entries[0] has no "acronym"; did you mean "acronyms"?',
      notInText('fr'),
      'content/fr/glossary.md:5: entries[0].acronyms[0]: must be 2 to 10 capital letters or digits, such as AEO',
      'content/fr/glossary.md:7: entries[0].acronym: unknown field: entries[0] has no "acronym"; did you mean "acronyms"?',
    ]);
    // A form the text holds is enough.
    const withForm = glossary(
      `  - id: safe\n    term: SAFE Framework of Standards\n    forms: [Coordinated Border Management]\n    topic: cybercrime\n`,
    );
    expect(
      await glossaryProblems({ 'en/glossary.md': withForm, 'fr/glossary.md': withForm }),
    ).toEqual([]);
  });

  it('refuses an id given twice and a form that would lead a search to two pages', async () => {
    const text = glossary(`${wco}${cybercrime()}  - id: wco
    term: centre of excellence
    forms: [WCO]
    recommendation: r1
`);
    expect(await glossaryProblems({ 'en/glossary.md': text, 'fr/glossary.md': text })).toEqual(
      expect.arrayContaining([
        'content/en/glossary.md:12: entries[2].id: entry "wco" is given twice (also entries[0]); give each term once',
        'content/en/glossary.md:14: entries[2].forms[0]: “WCO” also names entry "wco" (entries[0]): a search for it must lead to one page',
      ]),
    );
  });

  it('requires the translation to have the same entries, belonging to the same pages', async () => {
    const english = glossary(wco + cybercrime());
    const french = glossary(
      `  - id: wco\n    term: centre of excellence\n    recommendation: r2\n  - id: extra\n    term: cybercrime\n    topic: cybercrime\n`,
    );
    expect(await glossaryProblems({ 'en/glossary.md': english, 'fr/glossary.md': french })).toEqual(
      [
        'content/fr/glossary.md:2: entries: missing the translation of entry "cybercrime" (content/en/glossary.md, entries[1])',
        'content/fr/glossary.md:5: entries[0].recommendation: must equal "r1" as in content/en/glossary.md (entries[0]), found "r2"',
        'content/fr/glossary.md:6: entries[1].id: entry "extra" has no original in content/en/glossary.md',
      ],
    );
  });

  it('requires a translation of the file when the default language has one', async () => {
    expect(await glossaryProblems({ 'en/glossary.md': glossary(wco) })).toEqual([
      'content/fr/glossary.md: (file): missing fr translation of glossary "glossary" (content/en/glossary.md)',
    ]);
  });

  it('refuses a body, which would never be published', async () => {
    const text = `${glossary(wco)}\nSome notes.\n`;
    expect(await glossaryProblems({ 'en/glossary.md': text, 'fr/glossary.md': text })).toEqual([
      'content/en/glossary.md:11: body: a glossary is frontmatter only: its terms go in "entries", and this text would never be published; remove it',
      'content/fr/glossary.md:11: body: a glossary is frontmatter only: its terms go in "entries", and this text would never be published; remove it',
    ]);
  });
});
