/**
 * Runs a project command (astro, pagefind …) in a child process with Node 24 from
 * `node_modules/.bin` first on the PATH, and returns its exit code and output.
 */
import { spawn } from 'node:child_process';
import { delimiter, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
const bin = resolve(projectRoot, 'node_modules/.bin');

/**
 * Variables Vitest sets in its workers to back `import.meta.env`. A build started from a test
 * must not inherit them: Astro would read `BASE_URL=/` over the `BASE_PATH` it was given.
 */
const vitestEnv = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'];

function inheritedEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of vitestEnv) delete env[name];
  return env;
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
