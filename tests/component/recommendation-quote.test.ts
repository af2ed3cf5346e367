import { describe, expect, it } from 'vitest';
import RecommendationQuote from '../../src/components/RecommendationQuote.astro';
import { loadEdition } from '../../src/lib/edition';
import { renderHtml } from '../support/render-component';

describe('RecommendationQuote', () => {
  it('quotes the words verbatim after the editorial lead-in', async () => {
    const edition = await loadEdition('en');
    const r3 = edition.recommendations.find((r) => r.id === 'r3');
    const html = await renderHtml(RecommendationQuote, {
      props: { recommendation: r3 },
    });
    expect(html).toContain('The Conference encouraged the WCO <q');
    expect(html).toMatch(/<q[^>]*>to provide more training in the field of AEO<\/q>/);
  });
});
