/**
 * Bad content never publishes: each case of `tests/fixtures/content-cases/` (the good fixture
 * with one mistake laid over it) fails a real `astro build` with exactly its expected problems,
 * before anything renders and without a stack trace; the good fixture, and the good fixture with
 * the safe cases laid over it, build.
 */
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, prepareCase, prepareContent } from '../fixtures/content-cases/cases';
import { projectRoot, run, type RunResult } from '../support/run';

interface Built extends RunResult {
  outDir: string;
  /** The content folder as the build's messages name it. */
  content: string;
}

// Inside the project: with an outDir elsewhere Astro puts its prerender chunks in the project's
// `.astro/`, which two builds at once would share. Each build has its own output and cache.
const outputRoot = join(projectRoot, 'tests/.output');
const results = new Map<string, Built>();

async function buildCase(name: string, remove?: readonly string[]) {
  const dir = await mkdtemp(join(outputRoot, `content-${name}-`));
  const content = join(dir, 'content');
  if (name === 'good') await prepareContent(content, {});
  else await prepareCase(name, content, remove);
  const outDir = join(dir, 'dist');
  const result = await run('astro', ['build'], {
    CONTENT_DIR: content,
    CACHE_DIR: join(dir, 'cache'),
    OUT_DIR: outDir,
  });
  results.set(name, { ...result, outDir, content: relative(projectRoot, content) });
}

/** Runs `jobs` two at a time: the machine has two cores and each build wants one. */
async function twoAtATime(jobs: (() => Promise<void>)[]) {
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) await job();
  };
  await Promise.all([worker(), worker()]);
}

/** The problem lines of a build's output, with the prepared folder written `content/`. */
function problemLines(built: Built | undefined): string[] {
  const prefix = `${built?.content ?? ''}/`;
  return (built?.output ?? '')
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .map((line) => line.replaceAll(prefix, 'content/'));
}

beforeAll(async () => {
  await mkdir(outputRoot, { recursive: true });
  await twoAtATime([
    () => buildCase('good'),
    () => buildCase('safe'),
    ...cases.map((c) => () => buildCase(c.name, c.remove)),
  ]);
}, 600_000);

afterAll(async () => {
  await Promise.all(
    [...results.values()].map((r) => rm(join(r.outDir, '..'), { recursive: true, force: true })),
  );
});

describe('fixture content', () => {
  it('the good fixture builds, so each bad one fails only for its own fault', async () => {
    const good = results.get('good');
    expect(good?.code, good?.output).toBe(0);
    const pages = await readdir(join(good?.outDir ?? '', 'recommendations'));
    expect(pages.sort()).toEqual(['index.html', 'r1', 'r2']);
  });

  describe.each(cases)('when $mistake', ({ name, problems }) => {
    it('the build fails', () => {
      expect(results.get(name)?.code).not.toBe(0);
    });

    it('the message names the file, the line, the field and the reason: exactly these', () => {
      const built = results.get(name);
      expect(problemLines(built), built?.output).toEqual(problems);
      const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
      expect(built?.output).toContain(`The content check found ${count}; nothing was built:`);
    });

    it('stops before anything renders, without a stack trace', () => {
      const output = results.get(name)?.output ?? '';
      expect(output).not.toMatch(/^\s+at /m);
      expect(output).not.toMatch(/Stack trace|Syncing content|generating static routes/);
    });
  });
});

describe('the safe cases', () => {
  const page = async (path: string) =>
    readFile(join(results.get('safe')?.outDir ?? '', path, 'index.html'), 'utf8');

  it('build: a BOM, CRLF line ends, a long title, fields at their limits, markup in a title', () => {
    const safe = results.get('safe');
    expect(safe?.code, safe?.output).toBe(0);
  });

  it('show markup in a title as text, never as elements', async () => {
    const { document } = parseHTML(await page('topics/cybercrime'));
    const markup = 'Cyber <em>&</em> <script>x()</script>';
    expect(document.querySelector('h1')?.textContent).toContain(markup);
    expect(document.title).toContain(markup);
    expect(document.querySelectorAll('h1 *:not(.label, .note)')).toHaveLength(0);
    expect(document.querySelectorAll('em')).toHaveLength(0);
    // The title is in the JSON-LD too, where `<` is escaped so it cannot close the element.
    const code = [...document.querySelectorAll('script:not([type="application/ld+json"])')];
    expect(
      code.map((script) => script.textContent).filter((text) => text?.includes('x()')),
    ).toEqual([]);
    expect(document.querySelector('script[type="application/ld+json"]')?.textContent).toContain(
      '\\u003cscript>x()',
    );
  });

  it('read the file that starts with a BOM and the one with CRLF line ends', async () => {
    expect(await page('topics/cybercrime')).toContain('Cybercrime covers offences');
    const french = await page('fr/topics/cybercrime');
    expect(french).toContain('Cybercrime covers offences');
    expect(french).not.toContain('\r');
  });

  it('publish a legitimately long title in full', async () => {
    const json = JSON.parse(
      await readFile(join(results.get('safe')?.outDir ?? '', 'declaration.json'), 'utf8'),
    ) as { conference: { name: string } };
    expect(json.conference.name).toHaveLength(300);
    expect(json.conference.name).toMatch(/presiding$/);
  });
});
