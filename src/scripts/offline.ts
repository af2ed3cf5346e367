/**
 * Reading offline, the part every page loads (kept tiny): registers the service worker once the
 * page has loaded (the worker keeps this page itself, see `service-worker.ts`), and loads the
 * "Read offline" control's code only when a reader opens it. Production builds only: the dev
 * server has no `sw.js`.
 */
import { loadScript } from './load-script.ts';

const base = import.meta.env.BASE_URL;

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
  });
  for (const control of document.querySelectorAll<HTMLElement>('offline-edition')) {
    control.hidden = false;
    control
      .querySelector('details')
      ?.addEventListener('toggle', () => loadScript(control.dataset.ui), { once: true });
  }
}
