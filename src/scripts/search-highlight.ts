/**
 * On a page opened from a search result (its URL carries the searched terms), loads the
 * `<search-highlight>` element that marks them (`search-highlight-ui.ts`); other visits load
 * nothing more.
 */
import { loadScript } from './load-script.ts';

// The same name as `highlightParam` in src/lib/search-query.ts, inlined to keep this tiny.
const highlightParam = 'pagefind-highlight';

if (new URLSearchParams(location.search).has(highlightParam)) {
  loadScript(document.querySelector<HTMLElement>('search-highlight')?.dataset['ui']);
}
