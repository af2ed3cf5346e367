/**
 * `<language-switch>`: when a reader follows the link to the other language, the anchor they
 * are reading (`#r3`) and the search query go with them, so they land on the same passage.
 */
class LanguageSwitch extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a');
      if (!link) return;
      const target = new URL(link.href);
      target.search = location.search;
      target.hash = location.hash;
      link.href = target.href;
    });
  }
}

if (!customElements.get('language-switch'))
  customElements.define('language-switch', LanguageSwitch);
