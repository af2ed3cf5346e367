/**
 * The search page's state as it lives in the URL (`?q=aeo&topic=cybercrime&type=recommendation`),
 * read and written here so that a shared link always reopens the same search. No dependencies:
 * the browser bundle imports it.
 */

/** The filter names, as they appear in the URL, the form and the index. */
export const filterNames = ['topic', 'concerns', 'type'] as const;
export type FilterName = (typeof filterNames)[number];

/**
 * Names a filter had in addresses already shared: `?addressee=wco` still reads as
 * `?concerns=wco` (and is written so from then on).
 */
export const formerFilterNames: Readonly<Record<string, FilterName>> = { addressee: 'concerns' };

/** The query parameter Pagefind's highlight script reads on the page a result leads to. */
export const highlightParam = 'pagefind-highlight';

export interface SearchState {
  q: string;
  /** Chosen filter ids by filter name; a missing name means "any". */
  filters: Partial<Record<FilterName, string>>;
}

export interface IgnoredFilter {
  name: FilterName;
  value: string;
}

/**
 * Reads the state from URL parameters. Filter values are checked against the ids the form
 * offers: an unknown one is left out and reported, so the page can say what it ignored.
 */
export function readSearchParams(
  params: URLSearchParams,
  known: Record<FilterName, ReadonlySet<string>>,
): { state: SearchState; ignored: IgnoredFilter[] } {
  const state: SearchState = { q: params.get('q') ?? '', filters: {} };
  const ignored: IgnoredFilter[] = [];
  const valuesOf = (name: FilterName) => [
    ...params.getAll(name),
    ...Object.entries(formerFilterNames).flatMap(([former, now]) =>
      now === name ? params.getAll(former) : [],
    ),
  ];
  for (const name of filterNames) {
    // An empty value is the form's "any" option, sent by a form submitted without JavaScript.
    for (const value of valuesOf(name).filter((v) => v !== '')) {
      if (!known[name].has(value)) ignored.push({ name, value });
      else state.filters[name] ??= value;
    }
  }
  return { state, ignored };
}

/** The query string for a state (`?q=aeo&topic=cybercrime`), or '' for an empty search. */
export function writeSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of filterNames) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
