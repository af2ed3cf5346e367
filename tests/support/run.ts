/**
 * Runs a project command (astro, pagefind …) in a child process with Node 24 from
 * `node_modules/.bin` first on the PATH, and returns its exit code and output.
 */
import { spawn } from 'node:child_process';
import { delimiter, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
const bin = resolve(projectRoot, 'node_modules/.bin');

/**
 * Variables Vitest sets in a test worker (its `import.meta.env` is backed by `process.env`).
 * A child build must not inherit them: Astro would take `BASE_URL`, `SITE`, `MODE` … from the
 * environment instead of from its config, and a sub-path build would link to the root.
 */
const testRunnerEnv = /^(VITEST.*|TEST|NODE_ENV|SITE|BASE_URL|ASSETS_PREFIX|MODE|DEV|PROD|SSR)$/;

function inheritedEnv(): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !testRunnerEnv.test(k)));
}

export interface RunResult {
  code: number | null;
  output: string;
}

export function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(resolve(bin, command), args, {
      cwd: projectRoot,
      env: {
        ...inheritedEnv(),
        PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

/** Builds the site (with its search index) into `outDir`; throws with the log if it fails. */
export async function build(outDir: string, env: Record<string, string> = {}): Promise<string> {
  const result = await run('astro', ['build'], { OUT_DIR: outDir, ...env });
  if (result.code !== 0) throw new Error(`astro build failed:\n${result.output}`);
  return result.output;
}
