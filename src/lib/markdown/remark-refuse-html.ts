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

export function remarkRefuseHtml() {
  return (tree: Node, file: VFileLike) => {
    const [first] = findHtml(tree, []);
    if (!first) return;
    const where = file.path ?? file.history?.[0] ?? 'a Markdown file';
    const line = first.position ? `:${first.position.start.line}` : '';
    throw new Error(
      `${where}${line}: body: ${describeRawHtml(first.value ?? '')} is not allowed in content; ` +
        'write Markdown only (raw HTML is refused so no script can reach a page)',
    );
  };
}
