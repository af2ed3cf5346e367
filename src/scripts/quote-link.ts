/**
 * `<quote-link>` wraps paragraphs of the report's text. When the reader first selects text inside
 * them, the module that offers "Copy link to this quote" is imported and takes over, so a page
 * that is only read downloads almost nothing.
 */
import { loadScript } from './load-script';

function onSelectionChange() {
  const node = document.getSelection()?.focusNode;
  const host = (node instanceof Element ? node : node?.parentElement)?.closest('quote-link');
  if (!(host instanceof HTMLElement) || !host.dataset.ui) return;
  document.removeEventListener('selectionchange', onSelectionChange);
  loadScript(host.dataset.ui);
}

class QuoteLink extends HTMLElement {
  connectedCallback() {
    // The same listener is added once, however many quotes the page has.
    document.addEventListener('selectionchange', onSelectionChange);
  }
}

if (!customElements.get('quote-link')) customElements.define('quote-link', QuoteLink);
