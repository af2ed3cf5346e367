/**
 * `<language-switch>`: when a reader follows the link to the other language, the search query
 * and their place go with them. The place is the one the reader last stopped scrolling at: the
 * anchor in the address if its target is still in view, otherwise the recommendation, paragraph
 * or section in view. It is noted when scrolling stops, not on the click, because a reader must
 * scroll back up to the switch to use it. Both languages' pages carry the same anchors, except
 * the ids of headings written in the content (`[data-content]`, editorial notes), which differ
 * with the words. The place noted is shown as `data-place`.
 */
const anchors = 'main [id]:not([data-content] *, [data-editorial] *)';

const inView = (element: Element | null) => {
  const box = element?.getBoundingClientRect();
  return !!box && box.bottom > 0 && box.top < innerHeight;
};

/**
 * The site anchor in view: the first to start in the upper half of the screen (the innermost
 * of those that start on one line), else the innermost one the top of the screen is inside.
 */
function placeInView(): string {
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
    let settling: ReturnType<typeof setTimeout> | undefined;
    addEventListener(
      'scroll',
      () => {
        clearTimeout(settling);
        settling = setTimeout(() => {
          // Where the switch is in view the reader has come back up to use it: the place stays.
          if (inView(this)) return;
          const target = location.hash && document.getElementById(location.hash.slice(1));
          this.dataset['place'] = inView(target || null) ? location.hash : placeInView();
        }, 200);
      },
      { passive: true },
    );
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
