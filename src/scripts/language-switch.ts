/**
 * `<language-switch>`: when a reader follows the link to the other language, the search query
 * and their place go with them: the anchor in the address (`#r3`) if there is one, otherwise
 * the recommendation, paragraph or section in view. Both languages' pages carry the same
 * anchors, except the ids of headings written in the content (`[data-content]`, the editorial
 * notes), which differ with the words.
 */
const anchors = 'main [id]:not([data-content] *, [data-editorial] *)';

/** The site anchor in view: the first to start in the upper half of the screen (the innermost
 * of those that start on one line), else the innermost one the top of the screen is inside. */
function placeInView(): string {
  if (scrollY < 1) return '';
  let best: Element | undefined;
  let bestTop = 0;
  let inside: Element | undefined;
  for (const element of document.querySelectorAll(anchors)) {
    if (!element.getClientRects().length) continue;
    const { top, bottom } = element.getBoundingClientRect();
    if (top >= -2 && top < innerHeight / 2) {
      if (!best || top < bestTop - 4 || (top - bestTop < 4 && best.contains(element))) {
        best = element;
        bestTop = top;
      }
    } else if (top < 0 && bottom > 0) inside = element;
  }
  const found = best ?? inside;
  return found ? `#${found.id}` : '';
}

class LanguageSwitch extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a');
      if (!link) return;
      const target = new URL(link.href);
      target.search = location.search;
      target.hash = location.hash || placeInView();
      link.href = target.href;
    });
  }
}

if (!customElements.get('language-switch'))
  customElements.define('language-switch', LanguageSwitch);
