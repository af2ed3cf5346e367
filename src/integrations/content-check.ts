/**
 * Runs the content check (`src/lib/content-check/`) before anything renders: at
 * `astro:config:setup`, so `astro build`, `astro check`, `astro sync` and `astro dev` stop at
 * once with every problem, each as `file:line: field: reason`, and no stack trace (Astro's own
 * content sync would stop the dev server anyway, with a stack trace and one problem). Once the
 * dev server runs, a change that breaks the content does not stop it: the check runs again on
 * every change in the content folder and prints what it finds.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, ContentCheckError, formatProblem } from '../lib/content-check/index.ts';

export function contentCheck(
  contentDir = process.env.CONTENT_DIR ?? './content',
): AstroIntegration {
  let dir = '';
  /** Checks the folder again while the dev server runs, and says what it found. */
  const recheck = (logger: AstroIntegrationLogger) => {
    const problems = checkContent(dir);
    if (!problems.length) {
      logger.info('content checked again: no problems');
      return;
    }
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    logger.error(
      `The content check found ${count}; pages using these files may fail until they are fixed:\n` +
        problems.map(formatProblem).join('\n'),
    );
  };
  return {
    name: 'declaration:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        dir = resolve(fileURLToPath(config.root), contentDir);
        if (command === 'preview') return;
        const started = performance.now();
        const problems = checkContent(dir);
        if (problems.length) throw new ContentCheckError(problems);
        logger.info(`content checked in ${Math.round(performance.now() - started)} ms`);
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.add(dir);
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(dir + sep)) return;
          // One save can touch several files: check once they are all written.
          clearTimeout(timer);
          timer = setTimeout(() => recheck(logger), 100);
        });
      },
    },
  };
}
