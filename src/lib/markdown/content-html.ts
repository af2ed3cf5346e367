/**
 * Finds raw HTML in every Markdown file of the content folder, before the build starts.
 *
 * The remark plugin alone cannot stop a build: Astro's content loader catches a Markdown error,
 * logs it and publishes the entry without its body, and on the next build its content cache
 * skips the unchanged file, so the error is not even logged again. Checking the files themselves
 * fails every build, names each file and line, and also covers bodies no page renders yet.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { remarkRefuseHtml } from './remark-refuse-html';

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Every raw HTML problem in the Markdown under `contentDir`, as `path:line: body: reason`,
 * with paths relative to `root` and lines counted in the file, frontmatter included.
 */
export async function findRawHtml(contentDir: string, root = process.cwd()): Promise<string[]> {
  const problems: string[] = [];
  let found: string[] = [];
  const processor = await createMarkdownProcessor({
    remarkPlugins: [[remarkRefuseHtml, { report: (problem: string) => found.push(problem) }]],
    syntaxHighlight: false,
  });
  for (const file of await markdownFiles(resolve(root, contentDir))) {
    const source = await readFile(file, 'utf8');
    // Blank lines in place of the frontmatter keep the line numbers of the file.
    const { content } = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
    found = [];
    await processor.render(content, { fileURL: pathToFileURL(file) });
    // The plugin names the file by its absolute path; the report names it from the project.
    const where = relative(root, file).split(sep).join('/');
    problems.push(...found.map((problem) => problem.replace(file, where)));
  }
  return problems;
}
