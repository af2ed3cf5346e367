/** Parses rendered component HTML into a document, to query it like the browser would. */
import { parseHTML } from 'linkedom';

export function fragment(html: string): Document {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

/** The text of an element with its whitespace collapsed. */
export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
