/** Entry of the lazily loaded quote-link module (see `quote-link.ts`). */
import { start } from './quote-link-ui';

start();
