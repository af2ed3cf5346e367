import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../support/run';

const made: string[] = [];

async function buildFixture(name: string) {
  const outDir = await mkdtemp(join(tmpdir(), `declaration-${name}-`));
  const cacheDir = await mkdtemp(join(tmpdir(), `declaration-${name}-cache-`));
  made.push(outDir, cacheDir);
  return run('astro', ['build'], {
    CONTENT_DIR: `tests/fixtures/${name}`,
    OUT_DIR: outDir,
    CACHE_DIR: cacheDir,
  });
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('unsafe content', () => {
  it('fails the build on a <script> in Markdown, naming the file, the line and the reason', async () => {
    const { code, output } = await buildFixture('unsafe-script');
    expect(code).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/unsafe-script/en/topics/cybercrime.md:12: body: a <script> element is not allowed in content',
    );
  });

  it('fails the build on an onerror= attribute in Markdown, naming the file, the line and the reason', async () => {
    const { code, output } = await buildFixture('unsafe-onerror');
    expect(code).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/unsafe-onerror/en/pages/about.md:21: body: an inline event handler (on...=) is not allowed in content',
    );
  });
});
