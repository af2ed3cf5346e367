/**
 * The "Copy link to this quote" button, imported by `quote-link.ts` on the first selection
 * inside a recommendation's words. It sits just below the selection, in the reading order right after the words (so Tab
 * reaches it next), and copies a text-fragment link that browsers scroll to and highlight.
 */
import { directiveFor, withDirective } from '../lib/text-fragment.ts';

let panel: HTMLElement | undefined;
let button: HTMLButtonElement;
let status: HTMLElement;
let url = '';
let labels: DOMStringMap = {};
let timer: ReturnType<typeof setTimeout> | undefined;

function createPanel(): HTMLElement {
  const element = document.createElement('div');
  element.className = 'quote-link-panel';
  button = document.createElement('button');
  button.type = 'button';
  status = document.createElement('span');
  status.setAttribute('role', 'status');
  // Pressing the button must not clear the selection that it links to.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', async () => {
    clearTimeout(timer);
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = labels.copied ?? '';
    } catch {
      status.textContent = labels.failed ?? '';
    }
    timer = setTimeout(hide, 5000);
  });
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
  element.append(button, status);
  return element;
}

function hide() {
  if (panel) panel.hidden = true;
}

/** Length of the text from the start of `block` to a point in the document. */
function offsetTo(block: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(block);
  if (range.comparePoint(node, offset) < 0) return 0;
  if (range.comparePoint(node, offset) > 0) return block.textContent?.length ?? 0;
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The `<quote-link>` around the current selection, if any. */
function selectedHost(): HTMLElement | undefined {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return undefined;
  const node = selection.getRangeAt(0).commonAncestorContainer;
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest<HTMLElement>('quote-link') ?? undefined;
}

/** The paragraph of `host` where the selection starts: a quote is linked within one paragraph. */
function blockOf(host: HTMLElement, range: Range): HTMLElement | undefined {
  const node = range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest<HTMLElement>('p');
  return block && host.contains(block) ? block : undefined;
}

/** Shows, moves or hides the button for the current selection inside `host`, if any. */
function update(host: HTMLElement | undefined) {
  const selection = document.getSelection();
  const range = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
  const block = host && range ? blockOf(host, range) : undefined;
  if (!host || !range || !block || !host.dataset.url) {
    if (!panel?.contains(document.activeElement)) hide();
    return;
  }
  const directive = directiveFor(block.textContent ?? '', {
    start: offsetTo(block, range.startContainer, range.startOffset),
    end: offsetTo(block, range.endContainer, range.endOffset),
  });
  if (!directive) return hide();
  // The place's own anchor too (a recommendation's `#r3`, else the paragraph's `#p2`), so a
  // browser without text fragments still lands near the quote.
  const start = range.startContainer;
  const place = (start instanceof Element ? start : start.parentElement)?.closest('[id]');
  const anchor = place && block.contains(place) ? place.id : block.id;
  const page = host.dataset.url;
  url = withDirective(anchor && !page.includes('#') ? `${page}#${anchor}` : page, directive);
  labels = host.dataset;
  panel ??= createPanel();
  button.textContent = labels.label ?? '';
  status.textContent = '';
  clearTimeout(timer);
  if (panel.previousElementSibling !== block) block.after(panel);
  panel.hidden = false;
  // Just below the end of the selection, kept inside the host's width.
  const rects = range.getClientRects();
  const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
  const box = host.getBoundingClientRect();
  const left = Math.min(last.left - box.left, box.width - panel.offsetWidth);
  panel.style.insetBlockStart = `${last.bottom - box.top + 4}px`;
  panel.style.insetInlineStart = `${Math.max(0, left)}px`;
}

let frame = 0;
function onSelectionChange() {
  // The selection changes on every pointer move while dragging: follow it once per frame.
  cancelAnimationFrame(frame);
  frame = requestAnimationFrame(() => update(selectedHost()));
}

/** Starts following the selection; `quote-link.ts` calls it once, on the first selection. */
export function start() {
  document.addEventListener('selectionchange', onSelectionChange);
  onSelectionChange();
}
