/**
 * The checks `npm test` runs before the suite, side by side: `astro check` (type check, one
 * core) and `prettier --check .` (formatting) only read the tree, so neither waits for the
 * other. Each one's output is printed whole when it ends; the run fails if either fails.
 *
 * Runs on Node 24 directly (type stripping): erasable TypeScript only, imports with `.ts`.
 */
import { run } from './run.ts';

const checks = [
  { name: 'astro check', command: 'astro', args: ['check'] },
  { name: 'prettier --check .', command: 'prettier', args: ['--check', '.'] },
];

const results = await Promise.all(
  checks.map(async (check) => ({ ...check, ...(await run(check.command, check.args)) })),
);
for (const { output } of results) process.stdout.write(output);
const failed = results.filter((result) => result.code !== 0);
for (const { name, code } of failed) console.error(`${name} failed (exit code ${code})`);
process.exit(failed.length ? 1 : 0);
