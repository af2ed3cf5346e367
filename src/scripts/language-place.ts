/**
 * The place the language switch carries (see `language-switch.ts`), loaded on the reader's first
 * scroll: the one the reader last stopped scrolling at. That is the anchor in the address if its
 * target is still in view, otherwise the recommendation, paragraph or section in view. It is
 * noted when scrolling stops, not on the click, because a reader must scroll back up to the
 * switch to use it. Both languages' pages carry the same anchors, except the ids of headings
 * written in the content (`[data-content]`, editorial notes), which differ with the words. The
 * place noted is shown as `data-place`.
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

for (const languageSwitch of document.querySelectorAll<HTMLElement>('language-switch')) {
  let settling: ReturnType<typeof setTimeout> | undefined;
  const notePlace = () => {
    clearTimeout(settling);
    settling = setTimeout(() => {
      // Where the switch is in view the reader has come back up to use it: the place stays.
      if (inView(languageSwitch)) return;
      const target = location.hash && document.getElementById(location.hash.slice(1));
      languageSwitch.dataset['place'] = inView(target || null) ? location.hash : placeInView();
    }, 200);
  };
  addEventListener('scroll', notePlace, { passive: true });
  // The scroll that loaded this module may have been the only one.
  notePlace();
}
