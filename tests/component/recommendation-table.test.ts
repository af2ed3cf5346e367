import { describe, expect, it } from 'vitest';
import RecommendationTable from '../../src/components/RecommendationTable.astro';
import { loadEdition } from '../../src/lib/edition';
import { text } from '../support/fragment';
import { renderComponent } from '../support/render-component';

const edition = await loadEdition('en');
const doc = await renderComponent(RecommendationTable, {
  props: { recommendations: edition.recommendations, caption: 'Recommendations in the report' },
});
const rows = [...doc.querySelectorAll('tbody tr')];

describe('RecommendationTable', () => {
  it('has a row per recommendation, headed by the editors’ number', () => {
    expect(rows.map((row) => text(row.querySelector('th')))).toEqual(
      edition.recommendations.map((r) => String(r.number)),
    );
    expect(rows.length).toBeGreaterThan(0);
  });

  it('quotes the words, linking to the permanent page, says whom they concern and links each topic', () => {
    for (const [i, r] of edition.recommendations.entries()) {
      const cells = rows[i]?.querySelectorAll('td');
      const words = cells?.[0]?.querySelector('a');
      expect(text(words)).toBe(r.words);
      expect(words?.getAttribute('href')).toBe(`/recommendations/${r.id}/`);
      expect(text(cells?.[1])).toBe(r.concerns === 'wco' ? 'The WCO' : 'Customs administrations');
      const topics = [...(cells?.[2]?.querySelectorAll('a') ?? [])].map((a) =>
        a.getAttribute('href'),
      );
      expect(topics).toEqual(r.topics.map((t) => `/topics/${t.id}/`));
    }
  });

  it('names its columns for screen readers and says what it is', () => {
    expect([...doc.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual([
      'col',
      'col',
      'col',
      'col',
    ]);
    expect(text(doc.querySelector('caption'))).toBe('Recommendations in the report');
  });
});
