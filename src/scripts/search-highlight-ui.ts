/**
 * `<search-highlight>`: on a page opened from a search result, marks the searched terms with
 * Pagefind's highlight script and shows the notice that clears them, at the foot of the screen. The terms leave the address
 * as soon as they are marked, so the link a reader copies from the page is its own, clean.
 *
 * Loaded, like Pagefind's script (44 KB), only when the URL carries terms (`search-highlight.ts`),
 * as a script element rather than `import()`, which would bring Vite's preload helper (1.7 KB)
 * to every page. Pagefind's script defines the `PagefindHighlight` global.
 */
import { loadStylesheet } from './load-script.ts';

const base = import.meta.env.BASE_URL;
// The same name as `highlightParam` in src/lib/search-query.ts.
const param = 'pagefind-highlight';
// Pagefind's default class for its marks.
const markClass = param;

type PagefindHighlight = new (options: Record<string, unknown>) => unknown;

class SearchHighlight extends HTMLElement {
  /** The notice's stylesheet, loaded alongside Pagefind's script. */
  #styles: Promise<void> = Promise.resolve();

  connectedCallback() {
    this.#styles = loadStylesheet(this.dataset['styles']);
    const script = document.createElement('script');
    script.type = 'module';
    script.src = `${base}pagefind/pagefind-highlight.js`;
    script.addEventListener('load', () => void this.#mark(), { once: true });
    document.head.append(script);
  }

  async #mark() {
    const Highlight = (window as { PagefindHighlight?: PagefindHighlight }).PagefindHighlight;
    if (!Highlight) return;
    // Its default marks are `mark.pagefind-highlight`, outside `[data-pagefind-ignore]`. Its own
    // styles would be an inline <style>, which the CSP forbids; the notice's sheet styles them.
    new Highlight({ highlightParam: param, addStyles: false });
    const url = new URL(location.href);
    url.searchParams.delete(param);
    history.replaceState(history.state, '', url);
    if (!document.querySelector(`mark.${markClass}`)) return;
    await this.#styles;
    this.hidden = false;
    // The page keeps the notice's height free at its end and above a focused link (the sheet's
    // `--highlight-notice-height`), whatever the width and text size make it.
    new ResizeObserver(() => {
      document.documentElement.style.setProperty(
        '--highlight-notice-height',
        `${this.getBoundingClientRect().height}px`,
      );
    }).observe(this);
    this.querySelector('button')?.addEventListener('click', () => this.#clear(), { once: true });
  }

  #clear() {
    for (const mark of document.querySelectorAll(`mark.${markClass}`)) {
      const parent = mark.parentNode;
      mark.replaceWith(...mark.childNodes);
      parent?.normalize();
    }
    this.hidden = true;
    // The button is gone: keep the keyboard at the start of the content.
    document.getElementById('main')?.focus({ preventScroll: true });
  }
}

if (!customElements.get('search-highlight')) {
  customElements.define('search-highlight', SearchHighlight);
}
