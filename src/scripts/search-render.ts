/**
 * The search page's pieces of DOM: a result, an excerpt, a link, and a sentence of the
 * dictionary with links in it. Everything from the index or the URL goes in as text, never as
 * HTML.
 */
import type { translator } from '../i18n/format.ts';
import { excerptParts, frenchSpaces, withEllipses, withoutHeading } from '../lib/search-excerpt.ts';
import { joinElisions } from '../lib/search-elision.ts';
import { isQueryWord, type ListedResult } from '../lib/search-results.ts';
import { kindKeys } from './search-strings.ts';

type Translate = ReturnType<typeof translator>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  return element;
}

/**
 * An excerpt of a page, with an ellipsis where it cuts a sentence of the page's `content`, and
 * without the page's heading (in any of its forms, `headings`) that the result shows above it.
 */
export function excerpt(
  html: string,
  content: string | undefined,
  headings: readonly string[] = [],
  terms: readonly string[] = [],
): HTMLParagraphElement {
  const paragraph = el('p', 'excerpt');
  const parts = excerptParts(withEllipses(joinElisions(html), content));
  const french = document.documentElement.lang.startsWith('fr');
  paragraph.append(
    ...withoutHeading(parts, content, headings).map((part) => {
      const text = french ? frenchSpaces(part.text) : part.text;
      // Pagefind marks what it matched loosely too ("le", "de" for "l’OMD", "d’excellence"):
      // only the query's own words are marked here.
      if (!part.marked || (terms.length && !isQueryWord(part.text, terms))) return text;
      const mark = el('mark');
      mark.textContent = text;
      return mark;
    }),
  );
  return paragraph;
}

/** A link to a page of this site only. */
export function link(url: string, text: string): HTMLAnchorElement {
  const anchor = el('a');
  const target = new URL(url, location.href);
  anchor.href =
    target.origin === location.origin ? `${target.pathname}${target.search}${target.hash}` : '#';
  anchor.textContent = text;
  return anchor;
}

/**
 * A dictionary sentence with nodes where its placeholders are: `t('search.didYouMean',
 * { suggestions })` with `suggestions` a list of links.
 */
export function sentence(
  t: Translate,
  key: string,
  values: Record<string, string | number>,
  nodes: Record<string, (Node | string)[]>,
): (Node | string)[] {
  const marker = (name: string) => `\u0001${name}\u0001`;
  const text = t(key, {
    ...values,
    ...Object.fromEntries(Object.keys(nodes).map((name) => [name, marker(name)])),
  });
  return text
    .split(/\u0001(\w+)\u0001/)
    .flatMap((piece, i) => (i % 2 ? (nodes[piece] ?? [piece]) : piece ? [piece] : []));
}

/** Items joined as the language lists alternatives: "a, b or c". */
export function alternatives(locale: string, items: Node[]): (Node | string)[] {
  const parts = new Intl.ListFormat(locale, { type: 'disjunction' }).formatToParts(
    items.map((_, i) => `${i}`),
  );
  return parts.map((part) =>
    part.type === 'element' ? (items[Number(part.value)] ?? part.value) : part.value,
  );
}

export function resultItem(
  result: ListedResult,
  t: Translate,
  terms: readonly string[] = [],
): HTMLLIElement {
  const item = el('li', 'result');
  const heading = el('h3');
  heading.append(link(result.url, result.title));
  const kind = el('p', 'kind');
  const kindKey = kindKeys[result.type];
  kind.textContent = kindKey ? t(kindKey, { number: result.number ?? '' }) : '';
  // The page's text opens with its heading: number and title, or the title alone.
  const headings = [`${kind.textContent} ${result.title}`, result.title];
  item.append(heading, kind, excerpt(result.excerpt, result.content, headings, terms));
  if (result.sections.length) {
    const list = el('ul', 'sections');
    list.setAttribute('aria-label', t('search.sections'));
    for (const section of result.sections) {
      const entry = el('li');
      entry.append(link(section.url, section.title));
      if (section.excerpt) {
        entry.append(excerpt(section.excerpt, result.content, headings, terms));
      }
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}
