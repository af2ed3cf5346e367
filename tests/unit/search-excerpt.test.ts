import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from '../../src/lib/search-excerpt';

describe('search-excerpt', () => {
  it('splits an excerpt into plain and marked text', () => {
    expect(excerptParts('develop <mark>utility</mark> <mark>blocks</mark> that')).toEqual([
      { text: 'develop ', marked: false },
      { text: 'utility', marked: true },
      { text: ' ', marked: false },
      { text: 'blocks', marked: true },
      { text: ' that', marked: false },
    ]);
  });

  it('decodes the escaped text back to what the page says', () => {
    expect(excerptParts('the &lt;body&gt; &amp; <mark>&quot;AEO&#39;s&quot;</mark>')).toEqual([
      { text: 'the <body> & "', marked: false },
      { text: "AEO's", marked: true },
      { text: '"', marked: false },
    ]);
  });

  it('marks the word, not the punctuation Pagefind marks with it', () => {
    expect(
      excerptParts('Operators <mark>(AEOs);</mark> Customs <mark>“cybercrime”,</mark> and'),
    ).toEqual([
      { text: 'Operators (', marked: false },
      { text: 'AEOs', marked: true },
      { text: '); Customs “', marked: false },
      { text: 'cybercrime', marked: true },
      { text: '”, and', marked: false },
    ]);
    expect(excerptParts('de l’<mark>OMD.</mark>')).toEqual([
      { text: 'de l’', marked: false },
      { text: 'OMD', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('leaves a mark of punctuation only unmarked', () => {
    expect(excerptParts('a <mark>…</mark> b')).toEqual([{ text: 'a … b', marked: false }]);
  });

  it('keeps any other tag as visible text, never as markup', () => {
    expect(excerptParts('<img src=x onerror=alert(1)><mark>x</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
      { text: 'x', marked: true },
    ]);
  });

  it('leaves unknown or impossible entities as written', () => {
    expect(decodeEntities('&bogus; &#0; &#x110000; &#x41;')).toBe('&bogus; &#0; &#x110000; A');
  });
});
