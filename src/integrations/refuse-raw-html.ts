/**
 * Fails `astro build` when any Markdown body holds raw HTML. The remark plugin throws on it, but
 * Astro's content loader only logs a rendering error and would publish the page without its
 * body; worse, its cache skips an unchanged file on the next build, so the error goes quiet.
 * This check renders every Markdown file with the configured processor before content is
 * synced, every build, and stops with all the refusals.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';

export function refuseRawHtml(
  contentDir = process.env.CONTENT_DIR ?? './content',
): AstroIntegration {
  return {
    name: 'declaration:refuse-raw-html',
    hooks: {
      'astro:config:setup': async ({ config, command }) => {
        if (command !== 'build') return;
        const dir = resolve(fileURLToPath(config.root), contentDir);
        const files = (await readdir(dir, { recursive: true }))
          .filter((file) => file.endsWith('.md'))
          .sort();
        const renderer = await config.markdown.processor.createRenderer({ syntaxHighlight: false });
        const problems: string[] = [];
        for (const file of files) {
          const path = join(dir, file);
          // Blank lines in place of the frontmatter keep the body's line numbers the file's.
          const { content } = parseFrontmatter(await readFile(path, 'utf8'), {
            frontmatter: 'empty-with-lines',
          });
          await renderer
            .render(content, { fileURL: pathToFileURL(path) })
            // The processor prefixes `Failed to parse Markdown file "<absolute path>":`.
            .catch((error: Error) =>
              problems.push(error.message.replace(/^Failed to parse[^\n]*\n/, '')),
            );
        }
        if (problems.length) throw new Error(`Content problems:\n- ${problems.join('\n- ')}`);
      },
    },
  };
}
