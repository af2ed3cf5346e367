import { describe, expect, it } from 'vitest';
import EntryHeading from '../../src/components/EntryHeading.astro';
import { text } from '../support/fragment';
import { renderComponent } from '../support/render-component';

describe('EntryHeading', () => {
  it('gives the editors’ number and title in one heading, and says they are the editors’', async () => {
    const doc = await renderComponent(EntryHeading, {
      props: {
        label: 'Recommendation 3',
        title: 'More training on AEOs',
        note: 'Number and title by the editors',
      },
    });
    const h1 = doc.querySelector('h1');
    expect(text(h1)).toBe('Recommendation 3 More training on AEOs Number and title by the editors');
    expect(h1?.getAttribute('data-pagefind-weight')).toBe('10');
  });
});
