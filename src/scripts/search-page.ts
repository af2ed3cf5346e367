/**
 * `<search-page>`: live search on the search page. The form stays a plain GET form; this element
 * reads the query and filters from the URL, searches as the reader types (no debounce: a query
 * takes milliseconds, and a stale one is dropped when a newer one starts), keeps the URL in step
 * so it can be shared, and announces the result count politely.
 *
 * Everything from the index or the URL is inserted as text, never as HTML.
 */
import { translator } from '../i18n/format';
import { kindKeys } from './search-strings';
import { excerptParts } from '../lib/search-excerpt';
import {
  filterNames,
  readSearchParams,
  writeSearchParams,
  type FilterName,
  type IgnoredFilter,
  type SearchState,
} from '../lib/search-query';
import { loadPagefind, type PagefindData, type PagefindResult } from './search-pagefind';

const pageSize = 10;
const maxSections = 3;
/** How much of a long query or filter value is repeated back in messages. */
const echoLength = 80;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  return element;
}

function echo(text: string): string {
  return text.length > echoLength ? `${text.slice(0, echoLength)}…` : text;
}

function excerpt(html: string): HTMLParagraphElement {
  const paragraph = el('p', 'excerpt');
  paragraph.append(
    ...excerptParts(html).map((part) => {
      if (!part.marked) return part.text;
      const mark = el('mark');
      mark.textContent = part.text;
      return mark;
    }),
  );
  return paragraph;
}

/** A link to a result, only ever to a page of this site. */
function link(url: string, text: string): HTMLAnchorElement {
  const anchor = el('a');
  const target = new URL(url, location.href);
  anchor.href =
    target.origin === location.origin ? `${target.pathname}${target.search}${target.hash}` : '#';
  anchor.textContent = text;
  return anchor;
}

class SearchPage extends HTMLElement {
  #t!: ReturnType<typeof translator>;
  #input!: HTMLInputElement;
  #selects = new Map<FilterName, HTMLSelectElement>();
  #status!: HTMLElement;
  #results!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #hint!: HTMLElement;
  #browse!: HTMLElement;
  #ignored!: HTMLElement;
  /** Number of the latest search: an older one that finishes late is dropped. */
  #run = 0;
  #ready = false;
  #found: PagefindResult[] = [];
  #shown = 0;

  connectedCallback() {
    const form = this.querySelector('form');
    const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
    if (!form || !input) return;
    this.#t = translator(JSON.parse(this.dataset.strings ?? '{}'));
    this.#input = input;
    for (const name of filterNames) {
      const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
      if (select) this.#selects.set(name, select);
    }
    this.#status = this.#part('status');
    this.#results = this.#part('results');
    this.#list = this.#part('list') as HTMLOListElement;
    this.#more = this.#part('more') as HTMLButtonElement;
    this.#hint = this.#part('hint');
    this.#browse = this.#part('browse');
    this.#ignored = this.#part('ignored');
    this.querySelector('[data-search-nojs]')?.remove();

    const { state, ignored } = readSearchParams(
      new URLSearchParams(location.search),
      this.#known(),
    );
    input.value = state.q;
    for (const [name, select] of this.#selects) select.value = state.filters[name] ?? '';
    this.#showIgnored(ignored);

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#update();
    });
    input.addEventListener('input', () => void this.#update());
    for (const select of this.#selects.values()) {
      select.addEventListener('change', () => void this.#update());
    }
    input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), {
      once: true,
    });
    this.#more.addEventListener('click', () => void this.#showMore());
    // Arriving from the header's search link (`#search-query`), the reader is here to type.
    if (location.hash === `#${input.id}`) input.focus();
    void this.#update();
  }

  #part(name: string): HTMLElement {
    const element = this.querySelector<HTMLElement>(`[data-search-${name}]`);
    if (!element) throw new Error(`<search-page> needs a [data-search-${name}] element`);
    return element;
  }

  /** The filter ids the form offers, by filter name. */
  #known(): Record<FilterName, ReadonlySet<string>> {
    const known = {} as Record<FilterName, ReadonlySet<string>>;
    for (const name of filterNames) {
      const options = [...(this.#selects.get(name)?.options ?? [])];
      known[name] = new Set(options.map((o) => o.value).filter(Boolean));
    }
    return known;
  }

  #state(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const [name, select] of this.#selects) if (select.value) filters[name] = select.value;
    return { q: this.#input.value, filters };
  }

  /** The chosen filters as the index holds them. */
  #filterValues(): Record<string, string> {
    const values: Record<string, string> = {};
    for (const [name, select] of this.#selects) {
      const value = select.value && select.selectedOptions[0]?.dataset.filterValue;
      if (value) values[name] = value;
    }
    return values;
  }

  #showIgnored(ignored: IgnoredFilter[]) {
    this.#ignored.replaceChildren(
      ...ignored.map(({ name, value }) => {
        const paragraph = el('p');
        const label = this.#selects.get(name)?.labels?.[0]?.textContent?.trim() || name;
        paragraph.textContent = this.#t('search.unknownFilter', {
          name: label,
          value: echo(value),
        });
        return paragraph;
      }),
    );
    this.#ignored.hidden = ignored.length === 0;
  }

  async #update() {
    const run = ++this.#run;
    this.dataset.state = 'searching';
    const state = this.#state();
    const { pathname, hash } = location;
    history.replaceState(history.state, '', `${pathname}${writeSearchParams(state)}${hash}`);
    const query = state.q.trim();
    this.#hint.hidden = query !== '';
    this.#browse.hidden = query !== '';
    if (!query) {
      this.#found = [];
      this.#show([], 0);
      this.#results.hidden = true;
      this.#status.textContent = '';
      this.#done('', 'empty');
      return;
    }
    if (!this.#ready) this.#status.textContent = this.#t('search.loading');
    try {
      const pagefind = await loadPagefind();
      this.#ready = true;
      const search = await pagefind.search(query, { filters: this.#filterValues() });
      if (run !== this.#run) return;
      const first = await Promise.all(search.results.slice(0, pageSize).map((r) => r.data()));
      if (run !== this.#run) return;
      this.#found = search.results;
      this.#show(first, 0);
      this.#results.hidden = false;
      this.#status.textContent = this.#count(search.results.length, query);
      this.#done(query, 'done');
    } catch (error) {
      if (run !== this.#run) return;
      this.#found = [];
      this.#show([], 0);
      this.#results.hidden = true;
      this.#browse.hidden = false;
      this.#status.textContent = this.#t('search.failed');
      this.#done(query, 'failed');
      console.warn('Search could not load:', error);
    }
  }

  /** Says which query the page now shows, for tests and the bench to wait on. */
  #done(query: string, state: 'empty' | 'done' | 'failed') {
    this.dataset.searched = query;
    this.dataset.state = state;
  }

  /** Shows results from position `from` on, replacing the list when `from` is 0. */
  #show(results: PagefindData[], from: number): HTMLLIElement[] {
    const items = results.map((data) => this.#item(data));
    if (from === 0) this.#list.replaceChildren(...items);
    else this.#list.append(...items);
    this.#shown = from + results.length;
    this.#more.hidden = this.#shown >= this.#found.length;
    return items;
  }

  async #showMore() {
    const run = this.#run;
    const from = this.#shown;
    const next = await Promise.all(this.#found.slice(from, from + pageSize).map((r) => r.data()));
    if (run !== this.#run) return;
    const [first] = this.#show(next, from);
    first?.querySelector('a')?.focus();
  }

  #item(data: PagefindData): HTMLLIElement {
    const item = el('li', 'result');
    const heading = el('h3');
    heading.append(link(data.url, data.meta.title || data.url));
    const kind = el('p', 'kind');
    const kindKey = kindKeys[data.meta.type ?? ''];
    kind.textContent = kindKey ? this.#t(kindKey, { number: data.meta.number ?? '' }) : '';
    item.append(heading, kind, excerpt(data.excerpt));
    // Sections with an anchor (each recommendation in the full text), most hits first.
    const sections = data.sub_results
      .filter((sub) => sub.anchor)
      .sort((a, b) => b.locations.length - a.locations.length)
      .slice(0, maxSections);
    if (sections.length) {
      const list = el('ul', 'sections');
      list.setAttribute('aria-label', this.#t('search.sections'));
      for (const sub of sections) {
        const entry = el('li');
        entry.append(link(sub.url, sub.title));
        // A section whose excerpt is the page's own would only repeat it.
        if (sub.excerpt !== data.excerpt) entry.append(excerpt(sub.excerpt));
        list.append(entry);
      }
      item.append(list);
    }
    return item;
  }

  #count(total: number, query: string): string {
    return this.#t.plural('search.count', total, { query: echo(query) });
  }
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
