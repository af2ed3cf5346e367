/**
 * Fails `astro build` before any page is built when content Markdown holds raw HTML, listing
 * each file, line and reason (see `src/lib/markdown/content-html.ts` for why the Markdown
 * pipeline's own error is not enough).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { findRawHtml } from '../lib/markdown/content-html';

export function contentSafety(contentDir: string): AstroIntegration {
  return {
    name: 'declaration:content-safety',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const problems = await findRawHtml(contentDir, root);
        if (problems.length) {
          throw new Error(`Unsafe content:\n- ${problems.join('\n- ')}`);
        }
        logger.info('no raw HTML in content');
      },
    },
  };
}
