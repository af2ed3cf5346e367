/**
 * `[words]{lang=en}` marks words in another language than the page's, as Pandoc's bracketed
 * spans do: a French page quoting the report's English headline says so, and a screen reader
 * reads it in English. Content is Markdown only (remark-refuse-html.ts), so this is how a span
 * is written; the brackets and braces do not reach the page.
 */
interface Node {
  type: string;
  value?: string;
  children?: Node[];
  data?: { hName?: string; hProperties?: Record<string, unknown> };
}

const langSpan = /\[([^[\]]+)\]\{lang=([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\}/gu;

/** A text node's pieces: plain text, and a span of each marked run. */
function split(text: Node): Node[] {
  const value = text.value ?? '';
  const pieces: Node[] = [];
  let from = 0;
  for (const match of value.matchAll(langSpan)) {
    if (match.index > from) pieces.push({ type: 'text', value: value.slice(from, match.index) });
    pieces.push({
      // Any phrasing node renders; `hName` makes it a <span> with the language.
      type: 'emphasis',
      children: [{ type: 'text', value: match[1] ?? '' }],
      data: { hName: 'span', hProperties: { lang: match[2] } },
    });
    from = match.index + match[0].length;
  }
  if (!pieces.length) return [text];
  if (from < value.length) pieces.push({ type: 'text', value: value.slice(from) });
  return pieces;
}

function visit(node: Node) {
  if (!node.children) return;
  node.children = node.children.flatMap((child) => {
    if (child.type === 'text') return split(child);
    visit(child);
    return [child];
  });
}

/** A remark plugin: typed loosely, as unified's plugin types are not this file's concern. */
export function remarkLangSpans() {
  return (tree: unknown) => visit(tree as Node);
}
