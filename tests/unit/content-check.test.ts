/**
 * The content check over whole content folders: the site's own content, the good fixture, every
 * mistake case of `tests/fixtures/content-cases/` (the same cases `tests/build/bad-content.test.ts`
 * proves against a real build), and how problems are ordered and reported.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkContent,
  ContentCheckError,
  formatProblem,
  type Problem,
} from '../../src/lib/content-check';
import { cases, goodContent, prepareCase, prepareContent } from '../fixtures/content-cases/cases';
import { projectRoot } from '../support/run';

const temporary: string[] = [];

afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function temporaryContent(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'content-check-'));
  temporary.push(root);
  return join(root, 'content');
}

/** A fresh folder holding the good content with a case laid over it. */
async function preparedCase(name: string, remove: readonly string[] = []): Promise<string> {
  const dir = await temporaryContent();
  await prepareCase(name, dir, remove);
  return dir;
}

/** A fresh folder holding the good content with `files` written over it. */
async function contentWith(files: Record<string, string | Uint8Array | null>) {
  const dir = await temporaryContent();
  await prepareContent(dir, files);
  return dir;
}

const lines = (dir: string) => checkContent(dir, { root: 'content' }).map(formatProblem);

describe('the content check', () => {
  it("finds nothing wrong in the site's own content", () => {
    expect(checkContent(join(projectRoot, 'content')).map(formatProblem)).toEqual([]);
  });

  it('finds nothing wrong in the good fixture', () => {
    expect(lines(goodContent)).toEqual([]);
  });

  it('passes the safe cases: a BOM, CRLF line ends, fields at their limits, markup in a title', async () => {
    expect(lines(await preparedCase('safe'))).toEqual([]);
  });

  describe.each(cases)('when $mistake', ({ name, remove, problems }) => {
    it('reports exactly the expected problems', async () => {
      expect(lines(await preparedCase(name, remove))).toEqual(problems);
    });
  });

  it("reports every problem at once, the default language's first, each file's in line order", async () => {
    const dir = await contentWith({
      // Found by the schema, which runs before the raw-HTML rule that finds the English one.
      'fr/recommendations/r2.md':
        '---\nid: r2\nnumber: 2\ntitle: Training\nconcerns: wco\nverbe: encouraged\nwords: to develop training in cybercrime\ntopics:\n  - cybercrime\n---\n',
      'en/topics/cybercrime.md':
        '---\nid: cybercrime\nnumber: 2\nname: Cybercrime\nsourceWording: cybercrime\nbodyRole: editorial\n---\n\n<b>Bold</b>\n\nText.\n\n<i>it</i>\n',
    });
    const found = lines(dir);
    expect(found).toEqual([
      'content/en/topics/cybercrime.md:9: body: raw HTML is not allowed in content; write Markdown only (raw HTML is refused so no script can reach a page)',
      'content/en/topics/cybercrime.md:13: body: raw HTML is not allowed in content; write Markdown only (raw HTML is refused so no script can reach a page)',
      'content/fr/recommendations/r2.md: verb: missing (required)',
      'content/fr/recommendations/r2.md:6: verbe: unknown field: a recommendation has no "verbe"; did you mean "verb"?',
    ]);
  });

  it('names files by their path from the working folder, and a missing declaration', () => {
    // A case folder alone holds only what it changes: it has no declaration.
    const [problem] = checkContent(join(projectRoot, 'tests/fixtures/content-cases/script'));
    expect(problem && formatProblem(problem)).toBe(
      'tests/fixtures/content-cases/script/en/declaration.md: (file): missing: every language needs its declaration.md',
    );
  });
});

describe('ContentCheckError', () => {
  const problems: Problem[] = [
    { file: 'content/en/a.md', line: 3, field: 'title', reason: 'must not be empty' },
    { file: 'content/fr/a.md', field: '(file)', reason: 'missing' },
  ];

  it('lists every problem on its own line, as file:line: field: reason', () => {
    const error = new ContentCheckError(problems);
    expect(error.message).toBe(
      'The content check found 2 problems; nothing was built:\n' +
        'content/en/a.md:3: title: must not be empty\n' +
        'content/fr/a.md: (file): missing',
    );
    expect(error.problems).toEqual(problems);
  });

  it('carries no stack trace, so the build prints only the problems', () => {
    expect(new ContentCheckError(problems).stack).toBe('');
  });
});
