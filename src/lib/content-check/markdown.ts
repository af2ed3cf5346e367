/**
 * What a Markdown text will put on a page, read with the same parser and plugins Astro renders
 * it with (remark with GFM and smartypants, then rehype-slug): the id of every element, every
 * link and image target, any raw HTML, and its visible text. Lines are the file's own. Headings
 * may fix their id with `{#anchor}` (`../markdown/heading-ids.ts`).
 */
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { remarkHeadingIds } from '../markdown/heading-ids.ts';

interface TreeNode {
  type: string;
  tagName?: string;
  value?: string;
  url?: string;
  properties?: Record<string, unknown>;
  children?: TreeNode[];
  position?: { start: { line: number } };
}

export interface Located {
  /** Line in the file. */
  line: number;
}

export interface LinkTarget extends Located {
  /** `link` and `definition` go to a page, `image` is loaded by it. */
  kind: 'link' | 'image' | 'definition';
  url: string;
}

export interface ElementId extends Located {
  id: string;
  /** The heading's text, for a heading. */
  heading: string | undefined;
}

export interface MarkdownFacts {
  ids: ElementId[];
  links: LinkTarget[];
  /** Raw HTML, which content may not hold. */
  html: (Located & { value: string })[];
  /** The text a reader sees, without markup, run together (enough to tell an empty body). */
  text: string;
}

const parser = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkSmartypants)
  .use(remarkHeadingIds);
const toHast = unified().use(remarkRehype).use(rehypeSlug);

function walk(node: TreeNode, visit: (node: TreeNode) => void) {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function textOf(node: TreeNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** The link targets in a frontmatter field's text, were it read as Markdown. */
export function linksIn(text: string): LinkTarget[] {
  // Only these can start a link or an autolink; most fields have none of them.
  if (!/[[<:]|www\./i.test(text)) return [];
  const links: LinkTarget[] = [];
  walk(parser.runSync(parser.parse(text)) as TreeNode, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      links.push({ kind: node.type, url: node.url ?? '', line: 1 });
    }
  });
  return links;
}

/** Reads `markdown`, whose first line is line `firstLine` of its file. */
export function readMarkdown(markdown: string, firstLine = 1): MarkdownFacts {
  const lineOf = (node: TreeNode) => (node.position?.start.line ?? 1) + firstLine - 1;
  const mdast = parser.runSync(parser.parse(markdown)) as TreeNode;
  const facts: MarkdownFacts = { ids: [], links: [], html: [], text: '' };
  const text: string[] = [];
  let hasIds = false;
  walk(mdast, (node) => {
    if (node.type === 'heading' || node.type === 'footnoteDefinition') hasIds = true;
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      facts.links.push({ kind: node.type, url: node.url ?? '', line: lineOf(node) });
    } else if (node.type === 'html') {
      facts.html.push({ value: node.value ?? '', line: lineOf(node) });
    } else if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      text.push(node.value ?? '');
    }
  });
  facts.text = text.join('');
  // Only headings and footnotes get ids; most bodies have neither, and skip the conversion.
  if (!hasIds) return facts;
  const hast = toHast.runSync(mdast as never) as TreeNode;
  walk(hast, (node) => {
    const id = node.properties?.['id'];
    if (node.type === 'element' && typeof id === 'string') {
      const heading = /^h[1-6]$/.test(node.tagName ?? '') ? textOf(node) : undefined;
      facts.ids.push({ id, heading, line: lineOf(node) });
    }
  });
  return facts;
}
