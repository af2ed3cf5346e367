/**
 * `<quote-link>` wraps paragraphs of the report's text. When the reader first selects text inside
 * them, the module that offers "Copy link to this quote" is loaded and takes over, so a page
 * that is only read downloads almost nothing. A plain listener, not a custom element: this runs
 * after the page is parsed (a module script), and there is nothing to do per element.
 */
import { loadScript } from './load-script.ts';

function onSelectionChange() {
  const node = document.getSelection()?.focusNode;
  const host = (node instanceof Element ? node : node?.parentElement)?.closest('quote-link');
  if (!(host instanceof HTMLElement) || !host.dataset['ui']) return;
  document.removeEventListener('selectionchange', onSelectionChange);
  loadScript(host.dataset['ui']);
}

if (document.querySelector('quote-link')) {
  document.addEventListener('selectionchange', onSelectionChange);
}
