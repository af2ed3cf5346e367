/**
 * On every page, `/` (outside a text field) goes to search in one keystroke: it focuses the
 * search page's field, or opens the search page from any other page.
 */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest('input, textarea, select, [contenteditable]') !== null
  );
}

document.addEventListener('keydown', (event) => {
  if (
    event.key !== '/' ||
    event.ctrlKey ||
    event.metaKey ||
    event.altKey ||
    isTyping(event.target)
  ) {
    return;
  }
  const field = [...document.querySelectorAll<HTMLInputElement>('input[type="search"]')].find(
    (input) => input.offsetParent !== null,
  );
  const link = document.querySelector<HTMLAnchorElement>('a.search-link');
  if (!field && !link) return;
  event.preventDefault();
  if (field) field.focus();
  else if (link) location.href = link.href;
});
