import { describe, expect, it } from 'vitest';
import RecommendationArticle from '../../src/components/RecommendationArticle.astro';
import { loadEdition } from '../../src/lib/edition';
import { text } from '../support/fragment';
import { renderComponent } from '../support/render-component';

const edition = await loadEdition('en');
const r3 = edition.recommendations.find((r) => r.id === 'r3');
const site = 'https://declaration.example';
const render = async (props: { level: 2 | 3; anchored?: boolean }) =>
  renderComponent(RecommendationArticle, {
    props: { recommendation: r3, ...props },
    site,
  });

describe('RecommendationArticle', () => {
  it('carries the permanent anchor and its search title when anchored', async () => {
    const article = (await render({ level: 3, anchored: true })).querySelector('article');
    expect(article?.id).toBe('r3');
    expect(article?.getAttribute('data-pagefind-title')).toBe(`Recommendation 3: ${r3?.title}`);
  });

  it('carries no id when not anchored, so the anchor exists once, on the full text', async () => {
    const article = (await render({ level: 2 })).querySelector('article');
    expect(article?.hasAttribute('id')).toBe(false);
    expect(article?.hasAttribute('data-pagefind-title')).toBe(false);
  });

  it('uses the heading level it is given, linking to the permanent page', async () => {
    const h2 = (await render({ level: 2 })).querySelector('article > h2 a');
    expect(h2?.getAttribute('href')).toBe('/recommendations/r3/');
    expect(text(h2)).toBe(`Recommendation 3 ${r3?.title}`);
    expect((await render({ level: 3 })).querySelector('article > h3')).not.toBeNull();
  });

  it('quotes the words, names the addressee and links each topic', async () => {
    const doc = await render({ level: 3 });
    expect(text(doc.querySelector('q.words'))).toBe('to provide more training in the field of AEO');
    expect(doc.querySelector('.meta')?.textContent).toContain(
      'Addressed to: The World Customs Organization (WCO). Topics:',
    );
    const topics = [...doc.querySelectorAll('.meta a')].map((a) => a.getAttribute('href'));
    expect(topics).toEqual(r3?.topics.map((t) => `/topics/${t.id}/`));
  });

  it('offers the absolute permanent link as a plain link', async () => {
    const link = (await render({ level: 3 })).querySelector('copy-link a');
    expect(link?.getAttribute('href')).toBe(`${site}/recommendations/r3/`);
    expect(text(link)).toBe('Permanent link to recommendation 3');
  });
});
