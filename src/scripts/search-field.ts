/**
 * `<search-field>`: the header's search form, a plain GET form to the search page. Focusing it
 * fetches Pagefind's script ahead of time, so the search page opens faster; until then no
 * search byte is fetched.
 *
 * A hint (`modulepreload`) rather than `import()`: any `import()` here would make Vite load its
 * preload helper (1.7 KB) on every page, most of the reading pages' JavaScript budget.
 */
const base = import.meta.env.BASE_URL;

class SearchField extends HTMLElement {
  connectedCallback() {
    const warm = () => {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = `${base}pagefind/pagefind.js`;
      document.head.append(link);
    };
    this.addEventListener('focusin', warm, { once: true });
  }
}

if (!customElements.get('search-field')) customElements.define('search-field', SearchField);
