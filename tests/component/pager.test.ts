import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Pager from '../../src/components/Pager.astro';
import { fragment, text } from '../support/fragment';

const container = await AstroContainer.create();
const labels = { label: 'Recommendations', previousLabel: 'Previous', nextLabel: 'Next' };
const r2 = { href: '/recommendations/r2/', label: 'Recommendation 2' };
const r4 = { href: '/recommendations/r4/', label: 'Recommendation 4' };
const render = async (previous: typeof r2 | undefined, next: typeof r2 | undefined) =>
  fragment(await container.renderToString(Pager, { props: { ...labels, previous, next } }));

describe('Pager', () => {
  it('is a named navigation landmark', async () => {
    const nav = (await render(r2, r4)).querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Recommendations');
  });

  it('links the previous and the next item with rel and a visible direction', async () => {
    const doc = await render(r2, r4);
    const prev = doc.querySelector('a[rel="prev"]');
    const next = doc.querySelector('a[rel="next"]');
    expect([prev?.getAttribute('href'), text(prev)]).toEqual([
      r2.href,
      'Previous Recommendation 2',
    ]);
    expect([next?.getAttribute('href'), text(next)]).toEqual([r4.href, 'Next Recommendation 4']);
  });

  it('leaves out a link that has no target, at either end of the series', async () => {
    const first = await render(undefined, r2);
    expect(first.querySelector('a[rel="prev"]')).toBeNull();
    expect(first.querySelectorAll('a')).toHaveLength(1);
    const last = await render(r4, undefined);
    expect(last.querySelector('a[rel="next"]')).toBeNull();
    expect(last.querySelectorAll('a')).toHaveLength(1);
  });
});
