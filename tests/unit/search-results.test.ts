import { describe, expect, it } from 'vitest';
import {
  type FoundPage,
  listResults,
  type ListingContext,
  queryTerms,
} from '../../src/lib/search-results';

const context = (): ListingContext => ({
  textPath: '/',
  paragraphTitle: (n) => `The report, paragraph ${n}`,
  listed: new Set(),
});

const q = '?pagefind-highlight=training';

const recommendation = (n: number, paragraph = 3): FoundPage => ({
  url: `/recommendations/r${n}/${q}`,
  excerpt: `to provide more <mark>training</mark> (${n})`,
  meta: {
    type: 'recommendation',
    number: `${n}`,
    title: `Recommendation ${n}`,
    anchor: `r${n}`,
    paragraph: `${paragraph}`,
  },
  sub_results: [
    { title: `R${n}`, url: `/recommendations/r${n}/${q}`, excerpt: '', locations: [3] },
  ],
});

const anchors = [
  { element: 'p', id: 'p2', title: 'The report, paragraph 2', location: 50 },
  { element: 'p', id: 'p3', title: 'The report, paragraph 3', location: 130 },
  { element: 'span', id: 'r1', title: 'Recommendation 1: …', location: 150 },
  { element: 'span', id: 'r2', title: 'Recommendation 2: …', location: 170 },
  { element: 'span', id: 'r3', title: 'Recommendation 3: …', location: 180 },
];

const section = (id: string, location: number, excerpt = `text at ${id}`) => ({
  title: anchors.find((a) => a.id === id)?.title ?? id,
  url: `/${q}#${id}`,
  excerpt,
  locations: [location + 2],
  anchor: { id, element: id.startsWith('p') ? 'p' : 'span', location },
});

const text = (sections: FoundPage['sub_results']): FoundPage => ({
  url: `/${q}`,
  excerpt: 'the page excerpt',
  meta: { type: 'page', title: 'Brussels Declaration adopted …' },
  sub_results: sections,
  anchors,
});

describe('listResults', () => {
  it('lists a recommendation once, with its place in the text under it', () => {
    const { results, leftOut } = listResults(
      [recommendation(3), text([section('r3', 180)])],
      context(),
    );
    expect(leftOut).toBe(1);
    expect(results).toEqual([
      {
        url: `/recommendations/r3/${q}`,
        title: 'Recommendation 3',
        type: 'recommendation',
        number: '3',
        excerpt: 'to provide more <mark>training</mark> (3)',
        sections: [{ title: 'The report, paragraph 3', url: `/${q}#r3` }],
      },
    ]);
  });

  it('keeps the text for what it holds beyond the recommendations listed, by paragraph', () => {
    const { results, leftOut } = listResults(
      [
        recommendation(2),
        recommendation(3),
        text([section('p2', 50, 'topics list'), section('r2', 170), section('r3', 180)]),
      ],
      context(),
    );
    expect(leftOut).toBe(0);
    const listedText = results[2];
    expect(listedText?.excerpt).toBe('topics list');
    expect(listedText?.sections).toEqual([
      { title: 'The report, paragraph 2', url: `/${q}#p2`, excerpt: undefined },
    ]);
    // Each recommendation's anchor is linked once in the whole list.
    const links = results.flatMap((r) => r.sections.map((s) => s.url));
    expect(links.filter((url) => url.endsWith('#r2'))).toHaveLength(1);
    expect(links.filter((url) => url.endsWith('#r3'))).toHaveLength(1);
  });

  it('names the text after a recommendation’s words by its paragraph, not by the recommendation', () => {
    // "encouraged" stands after recommendation 1's words, in paragraph 3.
    const { results } = listResults([text([section('r1', 150, '… It encouraged …')])], context());
    expect(results[0]?.sections).toEqual([
      { title: 'The report, paragraph 3', url: `/${q}#p3`, excerpt: undefined },
    ]);
    expect(results[0]?.excerpt).toBe('… It encouraged …');
    const merged = listResults(
      [text([section('r1', 150, 'a'), section('p3', 130, 'b'), section('r2', 170, 'c')])],
      context(),
    ).results[0];
    expect(merged?.sections.map((s) => s.url)).toEqual([`/${q}#p3`]);
  });

  it('keeps the text when the headline or date line matched, before any anchor', () => {
    const { results } = listResults(
      [
        recommendation(3),
        text([
          { title: 'Brussels Declaration', url: `/${q}`, excerpt: 'headline', locations: [2] },
          section('r3', 180),
        ]),
      ],
      context(),
    );
    expect(results.map((r) => r.type)).toEqual(['recommendation', 'page']);
    expect(results[1]?.excerpt).toBe('the page excerpt');
  });

  it('shows the best paragraph’s excerpt once when the headline matched too', () => {
    const { results } = listResults(
      [
        text([
          { title: 'Brussels Declaration', url: `/${q}`, excerpt: 'headline', locations: [2] },
          section('p1', 10, 'of Francophone countries'),
        ]),
      ],
      context(),
    );
    expect(results[0]?.excerpt).toBe('of Francophone countries');
    expect(results[0]?.sections).toEqual([{ title: 'p1', url: `/${q}#p1`, excerpt: undefined }]);
  });

  it('lists the text itself when filters alone found it, with no word', () => {
    const unmatched = { ...section('p1', 10), locations: [] };
    const { results, leftOut } = listResults([text([unmatched])], context());
    expect(leftOut).toBe(0);
    expect(results.map((r) => [r.url, r.excerpt, r.sections])).toEqual([
      [`/${q}`, 'the page excerpt', []],
    ]);
  });

  it('leaves out a paragraph whose hits are only loose matches of the query’s function words', () => {
    // Words 0–3 are paragraph 2's, 4–7 paragraph 3's: "the" found in both, "WCO" in 3 only.
    const content = 'Of the participants here. The WCO role counts.';
    const found = (id: string, locations: number[]) => ({ ...section(id, 0), locations });
    const page = (sections: FoundPage['sub_results'], text_ = content) => ({
      ...text(sections),
      content: text_,
    });
    const listedUrls = (pages: FoundPage[], query: string) =>
      listResults(pages, { ...context(), terms: queryTerms(query) }).results.flatMap((r) =>
        r.sections.map((s) => s.url),
      );
    const both = page([found('p2', [1]), found('p3', [4, 5])]);
    expect(listedUrls([both], 'the WCO')).toEqual([`/${q}#p3`]);
    // A query of "the" alone: every paragraph where it is found stays.
    expect(listedUrls([both], 'the')).toHaveLength(2);
    // "des" finds "Déclaration" by its stem's first letters; "capacites" finds "capacités".
    const french = page([found('p2', [0]), found('p3', [1])], 'Déclaration capacités');
    expect(listedUrls([french], 'renforcement des capacites')).toEqual([`/${q}#p3`]);
  });

  it('passes the page it opens only the words worth marking', () => {
    const found = {
      ...recommendation(1),
      url: '/recommendations/r1/?pagefind-highlight=the&pagefind-highlight=WCO',
    };
    const [result] = listResults([found], context()).results;
    expect(result?.url).toBe('/recommendations/r1/?pagefind-highlight=WCO');
    // A query of function words alone keeps them: something must be marked.
    const only = { ...recommendation(1), url: '/recommendations/r1/?pagefind-highlight=the' };
    expect(listResults([only], context()).results[0]?.url).toBe(only.url);
  });

  it('takes a query’s own words, folded, without function words', () => {
    expect(queryTerms('the  WCO’s Capacités des')).toEqual(['wcos', 'capacites']);
    expect(queryTerms('l’OMD et la')).toEqual(['omd']);
  });

  it('remembers recommendations listed in an earlier batch', () => {
    const shared = context();
    listResults([recommendation(3)], shared);
    expect(listResults([text([section('r3', 180)])], shared).leftOut).toBe(1);
  });

  it('lists a topic or other page with its anchored sections, most hits first', () => {
    const page: FoundPage = {
      url: `/about/${q}`,
      excerpt: 'about',
      meta: { type: 'page', title: 'About' },
      sub_results: [
        { title: 'About', url: `/about/${q}`, excerpt: 'about', locations: [1] },
        { ...section('p2', 0, 'one'), title: 'One', url: `/about/${q}#one`, locations: [5] },
        { ...section('p3', 0, 'two'), title: 'Two', url: `/about/${q}#two`, locations: [7, 9] },
      ],
    };
    expect(listResults([page], context()).results[0]?.sections).toEqual([
      { title: 'Two', url: `/about/${q}#two`, excerpt: 'two' },
      { title: 'One', url: `/about/${q}#one`, excerpt: 'one' },
    ]);
  });
});
