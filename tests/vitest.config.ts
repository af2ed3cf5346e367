/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';
import { LongestFirstSequencer } from './support/sequencer.ts';

/**
 * The suite in layers, each a Vitest project that runs on its own (`vitest run --project unit`)
 * or together with the others, side by side in one pool of workers (`npm test`):
 *
 * - `unit`: unit, component, config and bench-helper tests. No build; they read Astro's content
 *   store, synced only when stale (tests/support/content-store.ts).
 * - `build`: checks on the real build in `dist/` and on the sub-path build, and fixture builds
 *   of bad content. Both builds are made once, at once, for the whole run (global-setup.ts).
 * - `browser`: Chromium on the served builds; one Chromium for every file (browser-setup.ts).
 *   tests/browser/every-page.test.ts visits each page once and checks every page-wide record.
 */
const siteSetup = './tests/support/global-setup.ts';

export default getViteConfig(
  {
    root: fileURLToPath(new URL('..', import.meta.url)),
    test: {
      exclude: ['tests/fixtures/**', 'node_modules/**'],
      setupFiles: ['./tests/support/count-assertions.ts'],
      // Two cores, but most of the site layer waits on child builds and on Chromium rather than
      // on its worker, so three files at a time keep both cores busy.
      maxWorkers: 3,
      sequence: { sequencer: LongestFirstSequencer },
      testTimeout: 60_000,
      hookTimeout: 180_000,
      // Global setups run one after the other in this order: the browser layer starts Chromium
      // while the two builds run, and the builds leave the unit layer a fresh content store.
      projects: [
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['tests/browser/**/*.test.ts'],
            globalSetup: ['./tests/support/browser-setup.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'build',
            include: ['tests/build/**/*.test.ts'],
            globalSetup: [siteSetup],
          },
        },
        {
          extends: true,
          test: {
            name: 'unit',
            // Small files that share most of their imports (Astro, the content store): one
            // module graph per worker instead of one per file halves the layer's time. None
            // of them mocks a module or keeps state between files.
            isolate: false,
            include: ['tests/{unit,component,config,bench}/**/*.test.ts'],
            globalSetup: ['./tests/support/content-store.ts'],
          },
        },
      ],
    },
  },
  { devToolbar: { enabled: false }, logLevel: 'error' },
);
