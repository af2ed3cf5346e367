/**
 * `<quote-link>` wraps a recommendation's words. When the reader first selects text inside
 * them, the module that offers "Copy link to this quote" is imported and takes over, so a page
 * that is only read downloads almost nothing.
 */
function onSelectionChange() {
  const node = document.getSelection()?.focusNode;
  if (!(node instanceof Element ? node : node?.parentElement)?.closest('quote-link')) return;
  document.removeEventListener('selectionchange', onSelectionChange);
  void import('./quote-link-ui').then((ui) => ui.start());
}

class QuoteLink extends HTMLElement {
  connectedCallback() {
    // The same listener is added once, however many quotes the page has.
    document.addEventListener('selectionchange', onSelectionChange);
  }
}

if (!customElements.get('quote-link')) customElements.define('quote-link', QuoteLink);
