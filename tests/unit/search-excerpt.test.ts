import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  excerptParts,
  frenchSpaces,
  withEllipses,
  withoutHeading,
} from '../../src/lib/search-excerpt';

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

  describe('withEllipses', () => {
    const content =
      'Brussels Declaration 5 July 2013 On 1 and 2 July, the Conference met. It adopted the ' +
      'Declaration, which calls for more training in the field of AEO; international cooperation.';

    it('marks a window cut on both sides of a sentence', () => {
      expect(withEllipses('calls for more <mark>training</mark> in the', content)).toBe(
        '…\u00a0calls for more <mark>training</mark> in the\u00a0…',
      );
    });

    it('adds nothing where the window starts the text or a sentence and ends one', () => {
      expect(withEllipses('Brussels Declaration 5 July', content)).toBe(
        'Brussels Declaration 5 July\u00a0…',
      );
      expect(withEllipses('It adopted the <mark>Declaration</mark>, which', content)).toBe(
        'It adopted the <mark>Declaration</mark>, which\u00a0…',
      );
      expect(withEllipses('the field of AEO; international cooperation.', content)).toBe(
        '…\u00a0the field of AEO; international cooperation.',
      );
      expect(withEllipses('the Conference met.', content)).toBe('…\u00a0the Conference met.');
    });

    it('reads the window as words, whatever its spaces, entities and marks', () => {
      // A capital within a sentence is no start: what comes before says so.
      expect(withEllipses('AEO;  <mark>international</mark>\ncooperation.', content)).toBe(
        '…\u00a0AEO;  <mark>international</mark>\ncooperation.',
      );
      // After a heading or a date line, which Pagefind ends with a full stop, it is one.
      expect(
        withEllipses(
          'On 1 and 2 July',
          'Brussels Declaration. 5 July 2013. On 1 and 2 July, it met.',
        ),
      ).toBe('On 1 and 2 July\u00a0…');
      expect(withEllipses('training &amp; more', 'Some training & more of it.')).toBe(
        '…\u00a0training &amp; more\u00a0…',
      );
    });

    it('marks a window opening on punctuation within a sentence', () => {
      expect(
        withEllipses('(AEOs); Customs unions; and', 'Operators (AEOs); Customs unions; and more.'),
      ).toBe('…\u00a0(AEOs); Customs unions; and\u00a0…');
    });

    it('without the page’s text, judges by the window alone', () => {
      expect(withEllipses('of Customs operations; and', undefined)).toBe(
        '…\u00a0of Customs operations; and\u00a0…',
      );
      expect(withEllipses('Capacity building.', undefined)).toBe('Capacity building.');
    });

    it('cuts before an opening quotation mark the window would leave hanging', () => {
      expect(
        withEllipses('la Conférence l’y a « ', 'Une demande (la Conférence l’y a « encouragée »).'),
      ).toBe('…\u00a0la Conférence l’y a\u00a0…');
    });

    it('cuts before an elided article, and starts after punctuation, within a sentence', () => {
      const text = 'Des marchandises provenant de l’étranger ; et, enfin, la formation.';
      expect(withEllipses('marchandises provenant de l’', text)).toBe(
        '…\u00a0marchandises provenant de\u00a0…',
      );
      expect(withEllipses('; et, enfin, la formation.', text)).toBe(
        '…\u00a0et, enfin, la formation.',
      );
    });

    it('keeps French quotes and punctuation at a sentence’s end', () => {
      expect(withEllipses('la « contrefaçon ».', 'Il parle de la « contrefaçon ».')).toBe(
        '…\u00a0la « contrefaçon ».',
      );
    });
  });

  describe('withoutHeading', () => {
    const content =
      'Recommendation 2 Training in cybercrime. to develop training in cybercrime. Concerns The WCO.';
    const headings = ['Recommendation 2 Training in cybercrime', 'Training in cybercrime'];
    const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

    it('starts an excerpt that opens the page after the heading its result shows', () => {
      const parts = excerptParts(
        'Recommendation 2 Training in <mark>cybercrime.</mark> to develop training in <mark>cybercrime.</mark> Concerns The WCO.',
      );
      const rest = withoutHeading(parts, content, headings);
      expect(text(rest)).toBe('to develop training in cybercrime. Concerns The WCO.');
      expect(rest.filter((p) => p.marked).map((p) => p.text)).toEqual(['cybercrime']);
    });

    it('knows a heading without its number, whatever the spaces', () => {
      const parts = excerptParts('About  this\u00a0edition. The editors added numbers.');
      expect(
        text(
          withoutHeading(parts, 'About this edition. The editors added numbers.', [
            'Page About this edition',
            'About this edition',
          ]),
        ),
      ).toBe('The editors added numbers.');
    });

    it('starts a window that opens within the heading after it, without the ellipsis', () => {
      const parts = excerptParts(
        '…\u00a0in <mark>cybercrime.</mark> to develop training in <mark>cybercrime.</mark> Concerns\u00a0…',
      );
      const rest = withoutHeading(parts, content, headings);
      expect(text(rest)).toBe('to develop training in cybercrime. Concerns\u00a0…');
      expect(rest.filter((p) => p.marked).map((p) => p.text)).toEqual(['cybercrime']);
    });

    it('leaves an excerpt that starts after the heading, or is the heading alone, as it is', () => {
      const within = excerptParts('…\u00a0training in <mark>cybercrime.</mark> Concerns The WCO.');
      expect(withoutHeading(within, content, headings)).toEqual(within);
      const alone = excerptParts('Recommendation 2 Training in <mark>cybercrime.</mark>');
      expect(withoutHeading(alone, 'Recommendation 2 Training in cybercrime.', headings)).toEqual(
        alone,
      );
      // A page whose text does not open with the heading keeps its excerpt whole.
      const other = excerptParts('Training in cybercrime is needed.');
      expect(withoutHeading(other, 'Training in cybercrime is needed.', headings)).toEqual(other);
    });
  });

  it('puts back the French no-break spaces that the index turned into plain ones', () => {
    expect(frenchSpaces('Concerne L’OMD : une demande ; « encouragée » ? oui !')).toBe(
      'Concerne L’OMD\u00a0: une demande\u202f; «\u202fencouragée\u202f»\u202f? oui\u202f!',
    );
    expect(frenchSpaces('sans espace')).toBe('sans espace');
  });
});
