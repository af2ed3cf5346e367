/** The `_headers` reader moved to `src/server/headers-file.ts`, where the local server uses it. */
export * from '../../src/server/headers-file.ts';
