/**
 * `<language-switch>`: when a reader follows the link to the other language, the search query
 * and their place go with them. Finding the place (`language-place.ts`) loads on the reader's
 * first scroll, so a page that is not scrolled downloads only this; until then the place is the
 * anchor in the address.
 */
import { loadScript } from './load-script.ts';

class LanguageSwitch extends HTMLElement {
  connectedCallback() {
    addEventListener('scroll', () => loadScript(this.dataset['ui']), { once: true, passive: true });
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a');
      if (!link) return;
      const target = new URL(link.href);
      target.search = location.search;
      target.hash = this.dataset['place'] ?? location.hash;
      link.href = target.href;
    });
  }
}

if (!customElements.get('language-switch'))
  customElements.define('language-switch', LanguageSwitch);
