import { describe, expect, it } from 'vitest';
import CiteThis from '../../src/components/CiteThis.astro';
import { citationData } from '../../src/lib/citation';
import { loadEdition } from '../../src/lib/edition';
import { renderHtml } from '../support/render-component';

describe('CiteThis', () => {
  it('shows the reference and the three citation files without needing JavaScript', async () => {
    const edition = await loadEdition('en');
    const r3 = edition.recommendations.find((r) => r.id === 'r3');
    const html = await renderHtml(CiteThis, {
      props: {
        citation: citationData(edition, 'https://example.org', r3),
        id: 'r3',
        summary: 'Cite recommendation 3',
      },
    });
    expect(html).toMatch(/<details[^>]*>\s*<summary[^>]*>Cite recommendation 3<\/summary>/);
    expect(html).toMatch(
      /<p[^>]*data-copy-text[^>]*>World Customs Organization \(WCO\), “Brussels Declaration adopted at the 18th/,
    );
    expect(html).toContain('https://example.org/recommendations/r3/</p>');
    for (const [format, file] of [
      ['bib', 'bib'],
      ['ris', 'ris'],
      ['json', 'csl.json'],
    ] as const) {
      expect(html).toMatch(
        new RegExp(
          `href="/recommendations/r3/cite\\.${format}" download="brussels-declaration-2013-r3\\.${file.replace('.', '\\.')}"`,
        ),
      );
    }
  });
});
