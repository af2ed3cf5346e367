/**
 * The site's one always-loaded script: the small custom elements that enhance reading pages.
 * One module instead of one per component saves requests and compresses better; every part
 * only defines an element, so it costs nothing on a page without that element.
 */
import './copy-link';
import './language-switch';
import './quote-link';
import './search-key';
import './search-highlight';
import './offline';
import './print-date';
