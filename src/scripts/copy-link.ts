/**
 * `<copy-link>`: adds a Copy button next to a permanent link (it copies the link's absolute URL)
 * or next to a block marked `data-copy-text` (it copies the block's text). The result shows
 * beside the button in a polite live region, so it is seen and heard, and clears after a few
 * seconds so that copying again is announced again. Without JavaScript the link or text stays.
 */
class CopyLink extends HTMLElement {
  connectedCallback() {
    if (this.querySelector('button') || !navigator.clipboard) return;
    const text = this.querySelector<HTMLElement>('[data-copy-text]');
    const link = this.querySelector('a');
    const { copyLabel, copyName, copiedLabel, failedLabel } = this.dataset;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = copyLabel ?? '';
    if (copyName) button.setAttribute('aria-label', copyName);
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    let timer: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', async () => {
      clearTimeout(timer);
      try {
        await navigator.clipboard.writeText(text ? (text.textContent ?? '').trim() : link!.href);
        status.textContent = copiedLabel ?? '';
        button.dataset.copied = '';
      } catch {
        status.textContent = failedLabel ?? '';
      }
      timer = setTimeout(() => {
        status.textContent = '';
        delete button.dataset.copied;
      }, 5000);
    });
    this.append(button, status);
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
