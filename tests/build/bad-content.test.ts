import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, run, type RunResult } from '../support/run';

interface Case {
  /** Folder under tests/fixtures/. */
  fixture: string;
  /** What is wrong, as the test name says it. */
  problem: string;
  /** The file the message must name, relative to the fixture. */
  file: string;
  /** `field: reason`, as the message must give it. */
  says: string;
}

const failing: Case[] = [
  {
    fixture: 'content-unknown-topic',
    problem: 'a recommendation names a topic that does not exist',
    file: 'en/recommendations/r2.md',
    says: 'topics[0]: unknown topic "cyber-crime"',
  },
  {
    fixture: 'content-duplicate-id',
    problem: 'two topic files have the same id',
    file: 'en/topics/cybercrime.md',
    says: 'id: duplicate topic id "wildlife-crime"',
  },
  {
    fixture: 'content-duplicate-number',
    problem: 'two topics have the same number',
    file: 'en/topics/cybercrime.md',
    says: 'number: duplicate topic number "1"',
  },
  {
    fixture: 'content-missing-field',
    problem: 'a recommendation has no verb',
    file: 'en/recommendations/r2.md',
    says: 'verb: missing (required)',
  },
  {
    fixture: 'content-empty-words',
    problem: 'a recommendation has empty words',
    file: 'en/recommendations/r2.md',
    says: 'words: must not be empty',
  },
  {
    fixture: 'content-script',
    problem: 'a Markdown body holds a <script> element',
    file: 'en/topics/cybercrime.md:12',
    says: 'body: a <script> element is not allowed in content',
  },
  {
    fixture: 'content-onerror',
    problem: 'a Markdown body holds an onerror= attribute',
    file: 'en/topics/cybercrime.md:12',
    says: 'body: an inline event handler (onerror=) is not allowed in content',
  },
];

// Inside the project: with an outDir elsewhere Astro puts its prerender chunks in the project's
// `.astro/`, which two builds at once would share.
const outputRoot = join(projectRoot, 'tests/.output');
const results = new Map<string, RunResult & { outDir: string }>();

async function buildFixture(fixture: string) {
  const dir = await mkdtemp(join(outputRoot, `${fixture}-`));
  const outDir = join(dir, 'dist');
  const result = await run('astro', ['build'], {
    CONTENT_DIR: `tests/fixtures/${fixture}`,
    CACHE_DIR: join(dir, 'cache'),
    OUT_DIR: outDir,
  });
  results.set(fixture, { ...result, outDir });
}

/** Runs `jobs` two at a time: the machine has two cores and each build wants one. */
async function twoAtATime(jobs: (() => Promise<void>)[]) {
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) await job();
  };
  await Promise.all([worker(), worker()]);
}

beforeAll(async () => {
  await mkdir(outputRoot, { recursive: true });
  const fixtures = ['content-good', ...failing.map((c) => c.fixture)];
  await twoAtATime(fixtures.map((fixture) => () => buildFixture(fixture)));
}, 600_000);

afterAll(async () => {
  await Promise.all(
    [...results.values()].map((r) => rm(join(r.outDir, '..'), { recursive: true, force: true })),
  );
});

describe('fixture content', () => {
  it('the good fixture builds, so each bad one fails only for its own fault', async () => {
    const good = results.get('content-good');
    expect(good?.code, good?.output).toBe(0);
    const pages = await readdir(join(good?.outDir ?? '', 'recommendations'));
    expect(pages.sort()).toEqual(['index.html', 'r1', 'r2']);
  });

  describe.each(failing)('when $problem', ({ fixture, file, says }) => {
    it('the build fails', () => {
      expect(results.get(fixture)?.code).not.toBe(0);
    });

    it('the message names the file, the field and the reason', () => {
      const output = results.get(fixture)?.output ?? '';
      expect(output).toContain(`tests/fixtures/${fixture}/${file}`);
      expect(output).toContain(says);
    });
  });
});
