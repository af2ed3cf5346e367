/**
 * The site's one always-loaded script: the small custom elements that enhance reading pages.
 * One module instead of one per component saves requests and compresses better; every part
 * only defines an element, so it costs nothing on a page without that element.
 */
import './copy-link.ts';
import './language-switch.ts';
import './quote-link.ts';
import './search-key.ts';
import './search-highlight.ts';
import './offline.ts';
import './print-date.ts';
