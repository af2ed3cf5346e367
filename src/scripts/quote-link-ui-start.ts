/**
 * Entry of the lazily loaded quote-link module (see `quote-link.ts`): the button's stylesheet
 * first, so it never shows unstyled, then the button.
 */
import { loadStylesheet } from './load-script.ts';
import { start } from './quote-link-ui.ts';

void loadStylesheet(document.querySelector<HTMLElement>('quote-link')?.dataset['styles']).then(
  start,
);
