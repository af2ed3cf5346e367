/**
 * Content is Markdown only. Raw HTML could carry a script or an event handler past the
 * Content-Security-Policy's intent. The content check (`src/lib/content-check/rules/raw-html.ts`)
 * refuses every HTML node before the build; this plugin, in the renderer, is the second line:
 * a body that reaches it with HTML (a file changed while `astro dev` runs) fails to render,
 * naming the file and line, instead of publishing the HTML.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface Node {
  type: string;
  value?: string | undefined;
  children?: Node[] | undefined;
  position?: { start: { line: number } } | undefined;
}

interface VFileLike {
  path?: string | undefined;
  history?: string[] | undefined;
}

function findHtml(node: Node, found: Node[]): Node[] {
  if (node.type === 'html') found.push(node);
  for (const child of node.children ?? []) findHtml(child, found);
  return found;
}

export function describeRawHtml(html: string): string {
  if (/<script\b/i.test(html)) return 'a <script> element';
  const handler = /\s(on[a-z]+)\s*=/i.exec(html);
  if (handler) return `an inline event handler (${handler[1]}=)`;
  return 'raw HTML';
}

/**
 * The line in the file itself: Astro renders the body without its frontmatter, trimmed, so
 * the node's own line counts from the body's first non-blank line.
 */
function lineInFile(path: string, html: string, bodyLine: number): number {
  try {
    const text = readFileSync(path, 'utf8');
    const frontmatter = /^---\r?\n[\s\S]*?\r?\n---[^\S\r\n]*(\r?\n|$)/.exec(text)?.[0] ?? '';
    const at = text.indexOf(html, frontmatter.length);
    if (at >= 0) return text.slice(0, at).split('\n').length;
  } catch {
    // Not a file on disk (a unit test's string): the body's line is all there is.
  }
  return bodyLine;
}

export function remarkRefuseHtml() {
  return (tree: Node, file: VFileLike) => {
    const path = file.path ?? file.history?.[0];
    const [first] = findHtml(tree, []);
    if (!first) return;
    const html = first.value ?? '';
    const bodyLine = first.position?.start.line;
    const where = path ? relative(process.cwd(), path) : 'a Markdown file';
    const line = bodyLine ? `:${path ? lineInFile(path, html, bodyLine) : bodyLine}` : '';
    throw new Error(
      `${where}${line}: body: ${describeRawHtml(html)} is not allowed in content; ` +
        'write Markdown only (raw HTML is refused so no script can reach a page)',
    );
  };
}
