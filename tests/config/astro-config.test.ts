/**
 * Node imports `astro.config.mjs` itself, stripping the types of the TypeScript it reaches.
 * When it cannot, Astro quietly falls back to a Vite server for every `astro` command, which
 * costs about a second each time: every build, every fixture build of bad content, `astro check`.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, run } from '../support/run';

const config = join(projectRoot, 'astro.config.mjs');

// What Astro itself does first (astro/dist/core/config/vite-load.js): a plain dynamic import.
const importConfig = `
const config = (await import(${JSON.stringify(`file://${config}`)})).default;
console.log(JSON.stringify({ integrations: config.integrations.map((i) => i.name) }));
`;

describe('the Astro config', () => {
  it('is imported by Node, without Vite, with every integration', async () => {
    const result = await run('node', ['--input-type=module', '--eval', importConfig]);
    expect(result.code, result.output).toBe(0);
    const { integrations } = JSON.parse(result.output) as { integrations: string[] };
    expect(integrations).toContain('declaration:content-check');
    expect(integrations[0]).toBe('declaration:content-check');
    expect(integrations).toContain('@astrojs/sitemap');
  });
});
