/**
 * The content check on the log of changes (`content/<lang>/changes/`): its schema, its order,
 * its dates, its translation; and the side-by-side rule that keeps each recommendation in the
 * same paragraph in every language. Each case is the site's own content with one mistake.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check';
import { loadContent } from '../../src/lib/content-check/load';
import { changesRule } from '../../src/lib/content-check/rules/changes';
import { projectRoot } from '../support/run';

/** The site's own content: sound, with a log of several changes. */
const content = join(projectRoot, 'content');

/** A language's changes as files, newest first. */
const log = (lang: string) =>
  readdirSync(join(content, lang, 'changes'))
    .map((file) => ({
      file: `${lang}/changes/${file}`,
      text: readFileSync(join(content, lang, 'changes', file), 'utf8'),
    }))
    .map(({ file, text }) => ({
      file,
      number: Number(/^number: (\d+)$/m.exec(text)?.[1]),
      date: /^date: (.+)$/m.exec(text)?.[1] ?? '',
    }))
    .sort((a, b) => b.number - a.number);

const latest = log('en')[0] ?? { file: '', number: 0, date: '' };
const latestFr = log('fr')[0] ?? { file: '', number: 0, date: '' };

const temporary: string[] = [];

afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A copy of the site's content with `files` written over it (`null` deletes one). */
async function contentWith(files: Record<string, string | null>) {
  const root = await mkdtemp(join(tmpdir(), 'content-changes-'));
  temporary.push(root);
  const dir = join(root, 'content');
  await cp(content, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    if (text === null) await rm(join(dir, path));
    else {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
  }
  return dir;
}

const problemsWith = async (files: Record<string, string | null>) =>
  checkContent(await contentWith(files), { root: 'content' }).map(formatProblem);

const changeFile = (fields: Record<string, string>) =>
  `---\n${Object.entries({
    id: 'second',
    number: String(latest.number + 1),
    date: latest.date,
    title: 'A further change',
    why: 'To test.',
    pages: '[home]',
    ...fields,
  })
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n---\n\nWhat changed.\n`;

/** The same change in both languages, so that parity holds and only the rule under test speaks. */
const both = (fields: Record<string, string>) => ({
  [`en/changes/${fields['id'] ?? 'second'}.md`]: changeFile(fields),
  [`fr/changes/${fields['id'] ?? 'second'}.md`]: changeFile(fields),
});

describe('the log of changes in the content check', () => {
  it("accepts the site's log, and a further change", async () => {
    expect(latest.number).toBeGreaterThan(1);
    expect(await problemsWith({})).toEqual([]);
    expect(await problemsWith(both({}))).toEqual([]);
  });

  it('refuses a kind of page the site does not have, and a kind named twice', async () => {
    const problems = await problemsWith({
      ...both({ id: 'unknown', pages: '[home, front-page]' }),
      ...both({ id: 'twice', number: String(latest.number + 2), pages: '[home, home]' }),
    });
    expect(problems).toEqual([
      'content/en/changes/twice.md:7: pages: must name each kind once',
      expect.stringMatching(/^content\/en\/changes\/unknown\.md:7: pages\[1\]: .*"home"/),
      'content/fr/changes/twice.md:7: pages: must name each kind once',
      expect.stringMatching(/^content\/fr\/changes\/unknown\.md:7: pages\[1\]: .*"home"/),
    ]);
  });

  it('refuses a date earlier than the change numbered before it', async () => {
    expect(await problemsWith(both({ date: '2020-01-15' }))).toEqual([
      `content/en/changes/second.md:4: date: 2020-01-15 is before change ${latest.number} (${latest.date}, content/${latest.file}): numbers follow the order of the changes`,
      `content/fr/changes/second.md:4: date: 2020-01-15 is before change ${latestFr.number} (${latestFr.date}, content/${latestFr.file}): numbers follow the order of the changes`,
    ]);
  });

  it('refuses a change dated after the day of the build', async () => {
    const set = loadContent(await contentWith(both({ date: '2999-03-02' })), 'content');
    expect(changesRule('2999-03-01')(set, []).map(formatProblem)).toEqual([
      'content/en/changes/second.md:4: date: 2999-03-02 is after today (2999-03-01): a change is dated the day it was made',
      'content/fr/changes/second.md:4: date: 2999-03-02 is after today (2999-03-01): a change is dated the day it was made',
    ]);
    expect(changesRule('2999-03-02')(set, [])).toEqual([]);
  });

  it('refuses a gap in the numbers and a change that does not say what changed', async () => {
    const emptied = readFileSync(join(content, latest.file), 'utf8').replace(
      /\n---\n[\s\S]*$/,
      '\n---\n',
    );
    const problems = await problemsWith({
      ...both({ number: String(latest.number + 2) }),
      [latest.file]: emptied,
    });
    const missing = latest.number + 1;
    // Problems come file by file, in path order; the body's line is that of the file's end.
    const body = `content/${latest.file}: body: empty: write what changed (the changes page and its feed show it) after the frontmatter`;
    expect(problems.map((p) => p.replace(/:\d+: body:/, ': body:'))).toEqual(
      [
        body,
        `content/en/changes/second.md:3: number: change numbers must run from 1 without gaps; ${missing} is missing`,
        `content/fr/changes/second.md:3: number: change numbers must run from 1 without gaps; ${missing} is missing`,
      ].sort(),
    );
  });

  it('refuses an empty log, naming the folder', async () => {
    const none = Object.fromEntries(
      ['en', 'fr'].flatMap((lang) => log(lang).map((change) => [change.file, null])),
    );
    expect(await problemsWith(none)).toEqual([
      'content/en/changes/: (file): missing: the log needs at least one change (the first publication); it dates every page',
    ]);
  });

  it('requires every change in French too, with the same number, date and pages', async () => {
    const problems = await problemsWith({
      'en/changes/second.md': changeFile({}),
      'en/changes/third.md': changeFile({ id: 'third', number: String(latest.number + 2) }),
      'fr/changes/third.md': changeFile({
        id: 'third',
        number: String(latest.number + 2),
        pages: '[home, exports]',
      }),
    });
    expect(problems).toEqual([
      'content/fr/changes/second.md: (file): missing fr translation of changes "second" (content/en/changes/second.md)',
      `content/fr/changes/third.md:3: number: change numbers must run from 1 without gaps; ${latest.number + 1} is missing`,
      'content/fr/changes/third.md:7: pages: must equal ["home"] as in content/en/changes/third.md, found ["home","exports"]',
    ]);
  });
});

describe('side by side in the content check', () => {
  it("refuses a translation that moves a recommendation's words to another paragraph", async () => {
    const declaration = readFileSync(join(content, 'fr/declaration.md'), 'utf8');
    const [front = '', body = ''] = declaration.split(/\n---\n/);
    const paragraphs = body.trim().split(/\n\s*\n/);
    const last = paragraphs.length;
    // The last two paragraphs trade places: the count holds, and the words marked in them move.
    const moved = [...paragraphs.slice(0, -2), ...paragraphs.slice(-2).reverse()];
    const problems = await problemsWith({
      'fr/declaration.md': `${front}\n---\n\n${moved.join('\n\n')}\n`,
    });
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem).toMatch(
        new RegExp(
          `^content/fr/recommendations/r\\d+\\.md:\\d+: words: in paragraph (${last}|${last - 1}) of content/fr/declaration\\.md, where the en words are in paragraph (${last - 1}|${last}): a translation keeps each recommendation in its paragraph, so the two texts align side by side$`,
        ),
      );
    }
  });
});
