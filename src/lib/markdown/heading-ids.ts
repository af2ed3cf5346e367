/**
 * `## Heading {#anchor}` gives a heading a fixed id instead of one made from its words. Anchors
 * are permalinks: when a heading's wording changes, it keeps the id readers already link to.
 * The `{#…}` is removed from the heading's text; rehype-slug leaves a heading that has an id.
 */
interface Node {
  type: string;
  value?: string;
  children?: Node[];
  data?: { hProperties?: Record<string, unknown> };
}

const explicitId = /\s*\{#([a-z0-9\u00c0-\u024f]+(?:-[a-z0-9\u00c0-\u024f]+)*)\}\s*$/u;

function visit(node: Node) {
  if (node.type === 'heading') {
    const last = node.children?.at(-1);
    const match = last?.type === 'text' ? explicitId.exec(last.value ?? '') : null;
    if (last && match) {
      last.value = (last.value ?? '').slice(0, match.index);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: match[1] } };
    }
  }
  for (const child of node.children ?? []) visit(child);
}

/** A remark plugin: typed loosely, as unified's plugin types are not this file's concern. */
export function remarkHeadingIds() {
  return (tree: unknown) => visit(tree as Node);
}
