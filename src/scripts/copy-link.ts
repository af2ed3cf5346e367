/**
 * `<copy-link>`: upgrades a permanent link with a Copy button. The link stays; the button copies
 * its absolute URL and a polite status announces the result to screen readers.
 */
class CopyLink extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector('a');
    if (!link || this.querySelector('button') || !navigator.clipboard) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = this.dataset.copyLabel ?? 'Copy link';
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(link.href);
        status.textContent = this.dataset.copiedLabel ?? 'Link copied';
      } catch {
        status.textContent = this.dataset.failedLabel ?? 'Copy failed';
      }
    });
    this.append(button, status);
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
