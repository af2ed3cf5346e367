import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, run } from '../support/run';

const fixture = resolve(projectRoot, 'tests/fixtures/parity');
const temporary: string[] = [];

/** Copies the parity fixture to a temporary folder, lets `change` break it, and builds it. */
async function buildVariant(change: (content: string) => Promise<void>) {
  // Inside the project, each build with its own output and cache, so builds can run at once.
  const output = resolve(projectRoot, 'tests/.output');
  await mkdir(output, { recursive: true });
  const root = await mkdtemp(join(output, 'parity-'));
  temporary.push(root);
  const content = join(root, 'content');
  await cp(fixture, content, { recursive: true });
  await change(content);
  const result = await run('astro', ['build'], {
    CONTENT_DIR: content,
    CACHE_DIR: join(root, 'cache'),
    OUT_DIR: join(root, 'dist'),
  });
  return { ...result, content };
}

afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('translation parity', () => {
  it('builds when every English entry has a French twin with the same facts', async () => {
    const result = await buildVariant(async () => {});
    expect(result.output).not.toMatch(/Content problems/);
    expect(result.code).toBe(0);
  });

  it('fails naming the file when a translation is missing, extra or states other facts', async () => {
    const result = await buildVariant(async (content) => {
      await rm(join(content, 'fr/recommendations/r1.md'));
      await writeFile(
        join(content, 'fr/topics/gamma.md'),
        '---\nid: gamma\nnumber: 3\nname: gamma\nsourceWording: gamma\nbodyRole: editorial\n---\n\nGamma.\n',
      );
      await writeFile(
        join(content, 'fr/topics/beta.md'),
        '---\nid: beta\nnumber: 4\nname: beta\nsourceWording: beta\nbodyRole: editorial\n---\n\nBeta.\n',
      );
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /fr\/recommendations\/r1\.md: \(file\): missing fr translation of recommendations "r1"/,
    );
    expect(result.output).toMatch(/fr\/topics\/gamma\.md:2: id: topics "gamma" has no original/);
    expect(result.output).toMatch(
      /fr\/topics\/beta\.md:3: number: must equal 2 as in .*en\/topics\/beta\.md, found 4/,
    );
  });
});
