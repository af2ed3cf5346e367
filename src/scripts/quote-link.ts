/**
 * `<quote-link>` wraps paragraphs of the report's text. When the reader first selects text inside
 * them, the module that offers "Copy link to this quote" is imported and takes over, so a page
 * that is only read downloads almost nothing.
 */
function onSelectionChange() {
  const node = document.getSelection()?.focusNode;
  const host = (node instanceof Element ? node : node?.parentElement)?.closest('quote-link');
  if (!(host instanceof HTMLElement) || !host.dataset.ui) return;
  document.removeEventListener('selectionchange', onSelectionChange);
  // A script element, not `import()`: a dynamic import brings Vite's preload helper (1.7 KB)
  // to every page, which would break the 2 KiB JS budget of a reading page.
  const script = document.createElement('script');
  script.src = host.dataset.ui;
  document.head.append(script);
}

class QuoteLink extends HTMLElement {
  connectedCallback() {
    // The same listener is added once, however many quotes the page has.
    document.addEventListener('selectionchange', onSelectionChange);
  }
}

if (!customElements.get('quote-link')) customElements.define('quote-link', QuoteLink);
