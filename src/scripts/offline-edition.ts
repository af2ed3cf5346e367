/**
 * `<offline-edition>`: keeps the whole edition in the page's language on this device, loaded
 * when a reader opens "Read offline". It asks the service worker what the edition takes and
 * whether it is kept, says so, and keeps or removes it on request, reporting progress in a
 * polite live region. Nothing is downloaded before the reader presses Keep.
 */
import { translator } from '../i18n/format.ts';

type Reply =
  | { type: 'done'; bytes?: number; kept?: boolean; older?: boolean }
  | { type: 'progress'; done: number; total: number }
  | { type: 'failed'; reason: string };

/** Sends `message` to the active worker; `onReply` hears every reply until the last. */
async function ask(message: object, onReply: (reply: Reply) => void = () => {}): Promise<Reply> {
  const registration = await navigator.serviceWorker.ready;
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    channel.port1.onmessage = ({ data }: MessageEvent<Reply>) => {
      onReply(data);
      if (data.type !== 'progress') resolve(data);
    };
    registration.active?.postMessage(message, [channel.port2]);
  });
}

class OfflineEdition extends HTMLElement {
  #t = translator(JSON.parse(this.dataset.strings ?? '{}'));
  #lang = this.dataset.lang ?? 'en';
  #intro = document.createElement('p');
  #keep = document.createElement('button');
  #remove = document.createElement('button');
  #state = document.createElement('p');

  connectedCallback() {
    const details = this.querySelector('details');
    if (!details || details.contains(this.#state)) return;
    this.#keep.type = this.#remove.type = 'button';
    this.#state.setAttribute('role', 'status');
    this.#keep.hidden = this.#remove.hidden = true;
    details.append(this.#intro, this.#keep, this.#remove, this.#state);
    this.#keep.addEventListener('click', () => this.#run('keep'));
    this.#remove.addEventListener('click', () => this.#run('remove'));
    void this.#show();
  }

  get #language(): string {
    const names = new Intl.DisplayNames(document.documentElement.lang, { type: 'language' });
    return names.of(this.#lang) ?? this.#lang;
  }

  #size(bytes: number): string {
    const size = new Intl.NumberFormat(document.documentElement.lang).format(
      Math.round(bytes / 1000),
    );
    return this.#t('offline.size', { size });
  }

  /** What is kept now, and the buttons that fit it. */
  async #show(message?: string): Promise<void> {
    const status = await ask({ type: 'status', lang: this.#lang });
    if (status.type !== 'done') {
      this.#state.textContent = status.type === 'failed' ? status.reason : '';
      return;
    }
    const size = this.#size(status.bytes ?? 0);
    const language = this.#language;
    this.#intro.textContent = this.#t('offline.intro', { language, size });
    this.#keep.textContent = this.#t('offline.keep', { size });
    this.#remove.textContent = this.#t('offline.remove');
    this.#keep.hidden = Boolean(status.kept);
    this.#remove.hidden = !status.kept && !status.older;
    this.#keep.disabled = this.#remove.disabled = false;
    this.#state.textContent =
      message ??
      (status.kept
        ? this.#t('offline.kept', { language })
        : status.older
          ? this.#t('offline.older')
          : '');
  }

  async #run(type: 'keep' | 'remove'): Promise<void> {
    this.#keep.disabled = this.#remove.disabled = true;
    const reply = await ask({ type, lang: this.#lang }, (progress) => {
      if (progress.type === 'progress') {
        this.#state.textContent = this.#t('offline.keeping', progress);
      }
    });
    if (reply.type === 'failed') {
      await this.#show(this.#t('offline.failed', { reason: reply.reason }));
    } else {
      await this.#show(type === 'remove' ? this.#t('offline.removed') : undefined);
    }
  }
}

if (!customElements.get('offline-edition'))
  customElements.define('offline-edition', OfflineEdition);
