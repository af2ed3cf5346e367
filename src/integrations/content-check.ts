/**
 * Runs the content check (`src/lib/content-check/`) before anything renders: at
 * `astro:config:setup`, so `astro build`, `astro check` and `astro sync` stop at once with every
 * problem, each as `file:line: field: reason`, and no stack trace. The dev server does not stop:
 * it prints the problems and checks again whenever a file in the content folder changes.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, ContentCheckError } from '../lib/content-check';

export function contentCheck(
  contentDir = process.env.CONTENT_DIR ?? './content',
): AstroIntegration {
  let dir = '';
  /** Checks the folder and logs the outcome; returns the problems. */
  const check = (logger: AstroIntegrationLogger) => {
    const started = performance.now();
    const problems = checkContent(dir);
    const ms = Math.round(performance.now() - started);
    if (problems.length) logger.error(new ContentCheckError(problems).message);
    else logger.info(`content checked in ${ms} ms: no problems`);
    return problems;
  };
  return {
    name: 'declaration:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        dir = resolve(fileURLToPath(config.root), contentDir);
        if (command === 'preview') return;
        if (command === 'dev') {
          check(logger);
          return;
        }
        const problems = checkContent(dir);
        if (problems.length) throw new ContentCheckError(problems);
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.add(dir);
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(dir + sep)) return;
          // One save can touch several files: check once they are all written.
          clearTimeout(timer);
          timer = setTimeout(() => check(logger), 100);
        });
      },
    },
  };
}
