import { describe, expect, it } from 'vitest';
import SourceSentence from '../../src/components/SourceSentence.astro';
import { loadEdition } from '../../src/lib/edition';
import { text } from '../support/fragment';
import { renderComponent } from '../support/render-component';

const edition = await loadEdition('en');
const r3 = edition.recommendations.find((r) => r.id === 'r3');
if (!r3) throw new Error('the edition has no recommendation r3');

describe('SourceSentence', () => {
  it('quotes the words verbatim in their sentence, highlighted, with where they stand', async () => {
    const doc = await renderComponent(SourceSentence, {
      props: {
        segments: r3.sentence,
        edition,
        focus: r3.id,
        caption: `The report, paragraph ${r3.paragraph}`,
        place: { href: '/#r3', label: 'See it in the text' },
      },
    });
    const quote = text(doc.querySelector('blockquote'));
    expect(quote).toContain(r3.words);
    expect(quote).toMatch(/^It encouraged the Organization/);
    expect(text(doc.querySelector('blockquote mark'))).toBe(r3.words);
    expect(text(doc.querySelector('figcaption'))).toBe(
      `The report, paragraph ${r3.paragraph} · See it in the text`,
    );
    expect(doc.querySelector('figcaption a')?.getAttribute('href')).toBe('/#r3');
  });
});
