/**
 * `npm start` / `npm run preview` (`src/server/start.ts`): one line with the address, the site's
 * `_headers` applied, and a clear stop when the port is taken or nothing is built. The tests use
 * a free port through a local SITE_URL, so they never touch 4321.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/run';

const node = resolve(projectRoot, 'node_modules/.bin/node');
let dist: string;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'start-server-'));
  await mkdir(join(dist, 'fr'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>Home</title>');
  await writeFile(join(dist, '404.html'), '<!doctype html><title>Not found</title>');
  await writeFile(join(dist, 'fr', '404.html'), '<!doctype html><title>Page introuvable</title>');
  await writeFile(join(dist, '_headers'), '/*\n  X-Frame-Options: DENY\n  X-Test: applied\n');
});

afterAll(async () => {
  await rm(dist, { recursive: true, force: true });
});

/** A port free a moment ago. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((ready) => probe.listen(0, '127.0.0.1', ready));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

interface Started {
  child: ChildProcess;
  /** Everything it printed until its first line, or until it exited. */
  output: Promise<{ stdout: string; stderr: string; code: number | null }>;
}

function start(env: Record<string, string>): Started {
  const child = spawn(node, ['src/server/start.ts'], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const output = new Promise<{ stdout: string; stderr: string; code: number | null }>((done) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) done({ stdout, stderr, code: null });
    });
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => done({ stdout, stderr, code }));
  });
  return { child, output };
}

describe('the local server of npm start', () => {
  it('prints one line with the address, and serves the build with its _headers', async () => {
    const port = await freePort();
    const { child, output } = start({ OUT_DIR: dist, SITE_URL: `http://localhost:${port}` });
    try {
      const { stdout, stderr } = await output;
      expect(stdout).toBe(`Serving ${dist}/ at http://localhost:${port}/ (press Ctrl+C to stop)\n`);
      expect(stderr).toBe('');
      const home = await fetch(`http://127.0.0.1:${port}/`);
      expect(home.status).toBe(200);
      expect(home.headers.get('x-test')).toBe('applied');
      expect(home.headers.get('x-frame-options')).toBe('DENY');
      const french = await fetch(`http://127.0.0.1:${port}/fr/nowhere/`);
      expect(french.status).toBe(404);
      expect(await french.text()).toContain('Page introuvable');
      const malformed = await fetch(`http://127.0.0.1:${port}/a%ff/`);
      expect(malformed.status).toBe(400);
      expect(malformed.headers.get('x-test')).toBe('applied');
    } finally {
      child.kill();
    }
  });

  it('says the port is taken and stops with an error, rather than move to another port', async () => {
    const port = await freePort();
    const taken: Server = createServer();
    await new Promise<void>((ready) => taken.listen(port, '127.0.0.1', ready));
    try {
      const { output } = start({ OUT_DIR: dist, SITE_URL: `http://localhost:${port}` });
      const { stdout, stderr, code } = await output;
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        `Port ${port} is already in use, perhaps by another npm start: stop that server and try again. ` +
          `(This one will not move to another port: every link in the build points at ${port}.)\n`,
      );
    } finally {
      await new Promise((done) => taken.close(done));
    }
  });

  it('says what to do when nothing is built', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'start-server-empty-'));
    const { output } = start({ OUT_DIR: empty, SITE_URL: `http://localhost:${await freePort()}` });
    const { stderr, code } = await output;
    await rm(empty, { recursive: true, force: true });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `Nothing to serve: ${empty}/ has no index.html. Build the site first: npm run build\n`,
    );
  });
});
