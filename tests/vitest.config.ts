/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

/**
 * One run: type-free unit and component tests, then checks on the real build in `dist/`, then
 * browser tests on the served build. The global setup builds the site and starts the preview
 * server once; tests read its address with `inject('siteUrl')`.
 */
export default getViteConfig(
  {
    root: fileURLToPath(new URL('..', import.meta.url)),
    test: {
      globalSetup: ['./tests/support/global-setup.ts'],
      include: ['tests/**/*.test.ts'],
      exclude: ['tests/fixtures/**', 'node_modules/**'],
      // Builds and browsers share two cores; running files one at a time keeps timings honest.
      fileParallelism: false,
      testTimeout: 60_000,
      hookTimeout: 180_000,
    },
  },
  { devToolbar: { enabled: false }, logLevel: 'error' },
);
