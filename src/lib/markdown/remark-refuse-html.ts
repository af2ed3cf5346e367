/**
 * Content is Markdown only. Raw HTML could carry a script or an event handler past the
 * Content-Security-Policy's intent, so any HTML node fails the build, naming the file and line.
 */
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

export interface RefuseHtmlOptions {
  /**
   * Receives every problem instead of the first one being thrown. Astro's content loader logs
   * and skips a file whose Markdown throws, so the build-wide check (`content-html.ts`) collects
   * problems this way and fails the build itself.
   */
  report?: (problem: string) => void;
}

function findHtml(node: Node, found: Node[]): Node[] {
  if (node.type === 'html') found.push(node);
  for (const child of node.children ?? []) findHtml(child, found);
  return found;
}

export function describeRawHtml(html: string): string {
  if (/<script\b/i.test(html)) return 'a <script> element';
  if (/\son[a-z]+\s*=/i.test(html)) return 'an inline event handler (on...=)';
  return 'raw HTML';
}

/** One message per HTML node in the tree: the file, the line and what was found. */
export function rawHtmlProblems(tree: Node, where: string): string[] {
  return findHtml(tree, []).map((node) => {
    const line = node.position ? `:${node.position.start.line}` : '';
    return (
      `${where}${line}: body: ${describeRawHtml(node.value ?? '')} is not allowed in content; ` +
      'write Markdown only (raw HTML is refused so no script can reach a page)'
    );
  });
}

export function remarkRefuseHtml(options: RefuseHtmlOptions = {}) {
  return (tree: Node, file: VFileLike) => {
    const where = file.path ?? file.history?.[0] ?? 'a Markdown file';
    const problems = rawHtmlProblems(tree, where);
    if (options.report) problems.forEach(options.report);
    else if (problems[0]) throw new Error(problems[0]);
  };
}
