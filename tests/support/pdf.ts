/**
 * Reading a PDF back as a reader's tools do, with Debian's Poppler (installed by
 * `ensure-system-deps.ts`): the text a viewer selects (`pdftotext`), the tagged structure a
 * screen reader follows (`pdfinfo -struct-text`), the document information and the fonts.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

const outputs = new Map<string, Promise<string>>();

/** A Poppler command's output, run once per file and arguments: built files do not change. */
function poppler(command: string, args: string[]): Promise<string> {
  const key = [command, ...args].join('\0');
  let output = outputs.get(key);
  if (!output) {
    output = exec(command, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }).then(
      ({ stdout }) => stdout,
    );
    outputs.set(key, output);
  }
  return output;
}

/** White space of any kind (line ends, no-break and thin spaces) as one space. */
export const normalise = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The text as a viewer lays it out, every page, white space normalised. */
export async function visibleText(file: string): Promise<string> {
  return normalise(await poppler('pdftotext', ['-enc', 'UTF-8', file, '-']));
}

/** The text of each page, as `visibleText` gives the whole (pdftotext ends a page with \f). */
export async function pageTexts(file: string): Promise<string[]> {
  const pages = (await poppler('pdftotext', ['-enc', 'UTF-8', file, '-'])).split('\f');
  // The form feed after the last page leaves an empty string behind it.
  return pages.slice(0, -1).map(normalise);
}

/**
 * How far down each page its text reaches, as a share of the page's height (from
 * `pdftotext -bbox`): 0.5 is a sheet left half empty.
 */
export async function pageFill(file: string): Promise<number[]> {
  const out = await poppler('pdftotext', ['-bbox', file, '-']);
  return out
    .split('<page ')
    .slice(1)
    .map((page) => {
      const height = Number(/height="([\d.]+)"/.exec(page)?.[1]);
      const bottoms = [...page.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1]));
      return Math.max(0, ...bottoms) / height;
    });
}

/** The document information dictionary and page facts, as `pdfinfo` prints them. */
export async function documentInfo(file: string): Promise<Record<string, string>> {
  const out = await poppler('pdfinfo', ['-enc', 'UTF-8', '-isodates', file]);
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

export async function xmpMetadata(file: string): Promise<string> {
  return poppler('pdfinfo', ['-meta', file]);
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** Every font the file uses, from `pdffonts`. */
export async function fonts(file: string): Promise<FontRow[]> {
  const rows = (await poppler('pdffonts', [file])).split('\n').slice(2).filter(Boolean);
  return rows.map((row) => {
    // name, type (may hold spaces), encoding, emb, sub, uni, object id, generation
    const cells = row.trim().split(/\s+/);
    const [emb, sub, uni] = cells.slice(-5, -2);
    return {
      name: cells[0] ?? '',
      type: cells.slice(1, -6).join(' '),
      embedded: emb === 'yes',
      subset: sub === 'yes',
      unicode: uni === 'yes',
    };
  });
}

/** A node of the structure tree: an element with its children, or a run of tagged text. */
export interface StructNode {
  type: string;
  children: StructNode[];
  /** For a text run, its text; for an element, all its text in reading order. */
  text: string;
}

/**
 * The structure tree as `pdfinfo -struct-text` prints it: elements by indentation, each run of
 * tagged text in quotes. Untagged content (artifacts such as running footers) is not in it.
 */
export async function structureTree(file: string): Promise<StructNode> {
  const out = await poppler('pdfinfo', ['-struct-text', file]);
  const root: StructNode = { type: 'root', children: [], text: '' };
  const stack: { depth: number; node: StructNode }[] = [{ depth: -1, node: root }];
  for (const line of out.split('\n')) {
    if (!line.trim()) continue;
    const depth = line.length - line.trimStart().length;
    const body = line.trim();
    while ((stack.at(-1)?.depth ?? -1) >= depth) stack.pop();
    const parent = stack.at(-1)?.node ?? root;
    const quoted = /^"(.*)"$/s.exec(body);
    if (quoted) {
      parent.children.push({ type: 'text', children: [], text: quoted[1] ?? '' });
    } else if (/^[A-Z][A-Za-z0-9]*\b/.test(body) && !body.startsWith('Object ')) {
      const node: StructNode = {
        type: /^[A-Za-z0-9]+/.exec(body)?.[0] ?? '',
        children: [],
        text: '',
      };
      parent.children.push(node);
      stack.push({ depth, node });
    }
  }
  const fill = (node: StructNode): string =>
    node.type === 'text' ? node.text : (node.text = node.children.map(fill).join(''));
  fill(root);
  return root;
}

/** Every element of `type` in the tree, in reading order. */
export function elementsOf(node: StructNode, type: string): StructNode[] {
  return node.children.flatMap((child) => [
    ...(child.type === type ? [child] : []),
    ...elementsOf(child, type),
  ]);
}
