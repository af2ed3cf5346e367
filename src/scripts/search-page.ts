/**
 * `<search-page>`: live search on the search page. The form stays a plain GET form; this element
 * reads the query and filters from the URL, searches as the reader types (no debounce: a query
 * takes milliseconds, and a stale one is dropped when a newer one starts), keeps the URL in step
 * so it can be shared, and announces the result count politely.
 *
 * A query with a word the index does not hold (Pagefind finds nothing for it, or only loose
 * matches) is answered anyway: "Did you mean …?" (a link, or Enter), and the results of a
 * clearly right correction at once, saying so; a query the other edition holds gets a link to
 * that search; filters that leave nothing are named, with a link without them.
 *
 * Everything from the index or the URL is inserted as text, never as HTML.
 */
import { translator } from '../i18n/format.ts';
import {
  listResults,
  queryTerms,
  type ListedResult,
  type ListingContext,
} from '../lib/search-results.ts';
import {
  filterNames,
  readSearchParams,
  writeSearchParams,
  type FilterName,
  type IgnoredFilter,
  type SearchState,
} from '../lib/search-query.ts';
import { splitElidedWords } from '../lib/search-elision.ts';
import { holdsPhrases, nestedQuotes, numberedEntry, quotedPhrases } from '../lib/search-phrase.ts';
import { knowsQuery, spellingAdvice, type SpellingAdvice } from '../lib/spelling.ts';
import { loadPagefind, loadVocabulary, type PagefindResult } from './search-pagefind.ts';
import { alternatives, el, link, resultItem, sentence } from './search-render.ts';

const pageSize = 10;
/** The kinds of page in the edition's order, for a list that filters alone select. */
const kindOrder = ['recommendation', 'topic', 'report', 'page'];
/** How much of a long query or filter value is repeated back in messages. */
const echoLength = 80;

function echo(text: string): string {
  return text.length > echoLength ? `${text.slice(0, echoLength)}…` : text;
}

/** Another edition of the site, whose search a query may be sent to. */
interface Edition {
  lang: string;
  /** Its search page's path. */
  search: string;
}

/** What a search found, and what the page says about it. */
interface Answer {
  found: PagefindResult[];
  /** The query whose results are shown, when a clear correction replaced the reader's. */
  corrected?: string | undefined;
  advice?: SpellingAdvice | undefined;
  /** Other editions whose index knows every word of the query. */
  elsewhere: Edition[];
}

class SearchPage extends HTMLElement {
  #t!: ReturnType<typeof translator>;
  #locale = 'en';
  #lang = 'en';
  #editions: Edition[] = [];
  #textPath = '/';
  #input!: HTMLInputElement;
  #selects = new Map<FilterName, HTMLSelectElement>();
  #status!: HTMLElement;
  #advice!: HTMLElement;
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
  #leftOut = 0;
  #listing!: ListingContext;
  /** The correction whose results are shown, if one replaced the reader's query. */
  #corrected: string | undefined;
  /** What Enter in the field puts there: the one correction offered for the query shown. */
  #offer: { for: string; query: string } | undefined;

  connectedCallback() {
    const form = this.querySelector('form');
    const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
    if (!form || !input) return;
    const strings = JSON.parse(this.dataset.strings ?? '{}') as { locale?: string };
    this.#t = translator(JSON.parse(this.dataset.strings ?? '{}'));
    this.#locale = strings.locale ?? 'en';
    this.#lang = document.documentElement.lang || 'en';
    this.#editions = JSON.parse(this.dataset.editions ?? '[]') as Edition[];
    this.#textPath = this.dataset.textPath ?? '/';
    this.#input = input;
    for (const name of filterNames) {
      const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
      if (select) this.#selects.set(name, select);
    }
    this.#status = this.#part('status');
    this.#advice = this.#part('advice');
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
    // The filters fold away on a phone, so results start under the field; the ones in use are
    // named on the closed disclosure (`#update`).
    const filters = form.querySelector('details');
    if (filters && matchMedia('(min-width: 40rem)').matches) filters.open = true;

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      // Enter takes the correction offered for what the field holds.
      if (this.#offer && this.#offer.for === input.value.trim()) input.value = this.#offer.query;
      void this.#update();
    });
    input.addEventListener('input', () => void this.#update());
    for (const select of this.#selects.values()) {
      select.addEventListener('change', () => void this.#update());
    }
    input.addEventListener('focus', () => void this.#warm(), { once: true });
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

  /** Starts fetching the index and the vocabulary before the first query. */
  #warm() {
    void loadPagefind().catch(() => undefined);
    void loadVocabulary(this.#lang).catch(() => undefined);
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

  #state(q = this.#input.value): SearchState {
    const filters: SearchState['filters'] = {};
    for (const [name, select] of this.#selects) if (select.value) filters[name] = select.value;
    return { q, filters };
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
    const filtering = Object.keys(state.filters).length > 0;
    const chosen = this.querySelector('[data-search-chosen]');
    if (chosen) chosen.textContent = filtering ? ` (${this.#chosen()})` : '';
    this.#hint.hidden = query !== '' || filtering;
    this.#offer = undefined;
    if (!query && !filtering) {
      this.#browse.hidden = false;
      this.#showResults([], { found: [], elsewhere: [] }, query);
      this.#results.hidden = true;
      this.#status.textContent = '';
      this.#advice.replaceChildren();
      this.#done('', 'empty');
      return;
    }
    if (!this.#ready) this.#status.textContent = this.#t('search.loading');
    try {
      // Filters alone list what they select: "everything that concerns Customs administrations".
      const answer = query ? await this.#answer(query) : await this.#selected();
      if (run !== this.#run) return;
      const first = await Promise.all(answer.found.slice(0, pageSize).map((r) => r.data()));
      if (run !== this.#run) return;
      this.#showResults(first, answer, query);
      // The browse list stays until the results take its place: the page moves once, not twice.
      this.#browse.hidden = true;
      this.#done(query, 'done');
    } catch (error) {
      if (run !== this.#run) return;
      this.#showResults([], { found: [], elsewhere: [] }, query);
      this.#results.hidden = true;
      this.#advice.replaceChildren();
      this.#browse.hidden = false;
      this.#status.textContent = this.#t('search.failed');
      this.#done(query, 'failed');
      console.warn('Search could not load:', error);
    }
  }

  /** The pages the filters select, with no query: in the edition's order, by kind and number. */
  async #selected(): Promise<Answer> {
    const pagefind = await loadPagefind();
    this.#ready = true;
    const { results } = await pagefind.search(null, { filters: this.#filterValues() });
    const pages = await Promise.all(results.map((result) => result.data()));
    const rank = (i: number) => {
      const meta = pages[i]?.meta ?? {};
      const kind = kindOrder.indexOf(meta['type'] ?? '');
      return [kind < 0 ? kindOrder.length : kind, Number(meta['number'] ?? Infinity)] as const;
    };
    const order = results.map((_, i) => i);
    order.sort((a, b) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1]);
    return { found: order.flatMap((i) => results[i] ?? []), elsewhere: [] };
  }

  /**
   * Searches `query`, keeping only the pages that hold its quoted phrases as written: Pagefind
   * takes quoted words one by one, in any order.
   */
  async #answer(query: string): Promise<Answer> {
    const answer = await this.#search(query);
    // The phrases of the query searched: a clear correction's, when it replaced the reader's.
    const phrases = quotedPhrases(answer.corrected ?? query);
    const numbered = numberedEntry(query);
    if ((!phrases.length && !numbered) || !answer.found.length) return answer;
    const pages = await Promise.all(answer.found.map((result) => result.data()));
    const found = answer.found.filter((_, i) => {
      const page = pages[i];
      if (!page) return false;
      // "recommendation 3" is that one: not the others in paragraph 3, which the index also
      // finds by the number, nor topic 3. Other pages that mention it stay.
      const entry = ['recommendation', 'topic'].includes(page.meta['type'] ?? '');
      if (
        numbered &&
        entry &&
        (page.meta['type'] !== numbered.type || page.meta['number'] !== numbered.number)
      ) {
        return false;
      }
      return holdsPhrases(page.content ?? '', phrases);
    });
    return { ...answer, found };
  }

  /**
   * Searches `query` and works out what else to offer for a word the index does not hold. The
   * vocabulary comes with the index; the other edition's is fetched only for such a word.
   */
  async #search(typed: string): Promise<Answer> {
    // Typed on most keyboards as ' (or ‘, ʼ): the text has ’, which the elision split knows.
    const query = typed.replace(/['‘ʼ]/gu, '’');
    const vocabularyLoaded = loadVocabulary(this.#lang).catch(() => undefined);
    const pagefind = await loadPagefind();
    this.#ready = true;
    const filters = this.#filterValues();
    // Split as the index is: "l’OMD" is "l’ OMD" there (src/lib/search-elision.ts).
    const { results } = await pagefind.search(splitElidedWords(query), { filters });
    const vocabulary = await vocabularyLoaded;
    const advice = vocabulary ? spellingAdvice(query, vocabulary) : undefined;
    // Every word is one the index holds (or starts): what Pagefind found is the answer.
    if (!advice?.unknown.length) return { found: results, advice, elsewhere: [] };
    // A word the other edition holds as typed is no typo but the other language: send the
    // reader there, and show none of Pagefind's loose matches here, which are noise ("AEO"
    // stems to "a" and finds "à" on every French page).
    const elsewhere = await this.#elsewhere(query);
    if (elsewhere.length) return { found: [], advice, elsewhere };
    // Otherwise a clear correction's results replace Pagefind's loose matches, if any.
    if (advice.clear) {
      const corrected = await pagefind.search(splitElidedWords(advice.clear), { filters });
      if (corrected.results.length) {
        return { found: corrected.results, corrected: advice.clear, advice, elsewhere };
      }
    }
    return { found: results, advice, elsewhere };
  }

  /** The other editions whose index knows every word of the query. */
  async #elsewhere(query: string): Promise<Edition[]> {
    const known = await Promise.all(
      this.#editions.map(async (edition) => {
        const vocabulary = await loadVocabulary(edition.lang).catch(() => undefined);
        return vocabulary && knowsQuery(query, vocabulary) ? edition : undefined;
      }),
    );
    return known.filter((edition): edition is Edition => edition !== undefined);
  }

  /** Says which query the page now shows, for tests and the bench to wait on. */
  #done(query: string, state: 'empty' | 'done' | 'failed') {
    this.dataset.searched = query;
    this.dataset.state = state;
  }

  /** Shows the first batch of an answer: the status, the advice and the list. */
  #showResults(first: Parameters<typeof listResults>[0], answer: Answer, query: string) {
    this.#found = answer.found;
    this.#leftOut = 0;
    this.#listing = {
      textPath: this.#textPath,
      terms: queryTerms(answer.corrected ?? query),
      paragraphTitle: (paragraph) => this.#t('recommendation.inReport', { paragraph }),
      listed: new Set(),
    };
    this.#show(first, 0);
    this.#results.hidden = this.#found.length === 0;
    this.#corrected = answer.corrected;
    this.#status.textContent = this.#count(query, answer.corrected);
    this.#advice.replaceChildren(...this.#adviceFor(query, answer));
  }

  /** Shows results from position `from` on, replacing the list when `from` is 0. */
  #show(batch: Parameters<typeof listResults>[0], from: number): HTMLLIElement[] {
    const { results, leftOut } = listResults(batch, this.#listing);
    this.#leftOut += leftOut;
    const items = results.map((result: ListedResult) =>
      resultItem(result, this.#t, this.#listing.terms),
    );
    if (from === 0) this.#list.replaceChildren(...items);
    else this.#list.append(...items);
    this.#shown = from + batch.length;
    this.#more.hidden = this.#shown >= this.#found.length;
    return items;
  }

  async #showMore() {
    const run = this.#run;
    const from = this.#shown;
    const next = await Promise.all(this.#found.slice(from, from + pageSize).map((r) => r.data()));
    if (run !== this.#run) return;
    const [first] = this.#show(next, from);
    this.#status.textContent = this.#count(this.#input.value.trim(), this.#corrected);
    first?.querySelector('a')?.focus();
  }

  #count(query: string, corrected: string | undefined): string {
    const total = this.#found.length - this.#leftOut;
    const filters = this.#chosen();
    if (!query) return this.#t.plural('search.filterCount', total, { filters });
    const said = echo(nestedQuotes(query, this.#lang));
    if (corrected) {
      return this.#t.plural('search.corrected', total, {
        query: said,
        correction: echo(nestedQuotes(corrected, this.#lang)),
      });
    }
    // With none, the paragraph under the count names the filters that left nothing.
    return filters && total
      ? this.#t.plural('search.countFiltered', total, { query: said, filters })
      : this.#t.plural('search.count', total, { query: said });
  }

  /** The paragraphs under the status: corrections, the other edition, the filters. */
  #adviceFor(query: string, answer: Answer): HTMLParagraphElement[] {
    const paragraphs: HTMLParagraphElement[] = [];
    const suggestions = (answer.advice?.suggestions ?? []).filter((s) => s !== answer.corrected);
    if (!answer.corrected && suggestions.length) {
      const links = suggestions.map((suggestion) => this.#searchLink(suggestion));
      const paragraph = el('p', 'did-you-mean');
      paragraph.append(
        ...sentence(
          this.#t,
          'search.didYouMean',
          {},
          { suggestions: alternatives(this.#locale, links) },
        ),
      );
      paragraphs.push(paragraph);
      if (!answer.found.length) this.#offer = { for: query, query: suggestions[0] ?? query };
    }
    if (answer.corrected) this.#offer = { for: query, query: answer.corrected };
    for (const edition of answer.elsewhere) {
      const language = this.#t(`search.language.${edition.lang}`);
      const anchor = link(
        `${edition.search}${writeSearchParams(this.#state(query))}`,
        this.#t('search.otherEditionLink', { language }),
      );
      anchor.hreflang = edition.lang;
      const paragraph = el('p', 'other-edition');
      paragraph.append(
        this.#t('search.otherEdition', { language, query: echo(nestedQuotes(query, this.#lang)) }),
        ' ',
        anchor,
      );
      paragraphs.push(paragraph);
    }
    const filters = this.#chosen();
    if (!answer.found.length && filters) {
      const anchor = link(
        `${location.pathname}${writeSearchParams({ q: query, filters: {} })}`,
        this.#t('search.withoutFilters'),
      );
      anchor.addEventListener('click', (event) => {
        event.preventDefault();
        for (const select of this.#selects.values()) select.value = '';
        this.#input.focus();
        void this.#update();
      });
      const paragraph = el('p', 'filtered');
      paragraph.append(this.#t('search.filteredBy', { filters }), ' ', anchor);
      paragraphs.push(paragraph);
    }
    return paragraphs;
  }

  /** The filters chosen, as the form names them: "Topic: Cybercrime and Type: Recommendation". */
  #chosen(): string {
    const chosen = [...this.#selects.values()].filter((select) => select.value);
    return new Intl.ListFormat(this.#locale, { type: 'conjunction' }).format(
      chosen.map((select) =>
        this.#t('label.value', {
          label: select.labels?.[0]?.textContent?.trim() ?? select.name,
          value: select.selectedOptions[0]?.textContent?.trim() ?? select.value,
        }),
      ),
    );
  }

  /** A link that searches `query` here, with the filters as they are. */
  #searchLink(query: string): HTMLAnchorElement {
    const anchor = link(`${location.pathname}${writeSearchParams(this.#state(query))}`, query);
    anchor.addEventListener('click', (event) => {
      event.preventDefault();
      this.#input.value = query;
      this.#input.focus();
      void this.#update();
    });
    return anchor;
  }
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
