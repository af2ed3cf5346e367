import { describe, expect, it } from 'vitest';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import { text } from '../support/fragment';
import { renderComponent } from '../support/render-component';

const doc = await renderComponent(Breadcrumbs, {
  props: {
    trail: [
      { href: '/', label: 'Declaration' },
      { href: '/recommendations/', label: 'Recommendations' },
    ],
    current: 'Recommendation 3',
  },
});

describe('Breadcrumbs', () => {
  it('is a named navigation landmark holding an ordered list', () => {
    expect(doc.querySelector('nav')?.getAttribute('aria-label')).toBe('Breadcrumb');
    expect(doc.querySelectorAll('nav > ol > li')).toHaveLength(3);
  });

  it('links each ancestor, outermost first', () => {
    const links = [...doc.querySelectorAll('li > a')].map((a) => [a.getAttribute('href'), text(a)]);
    expect(links).toEqual([
      ['/', 'Declaration'],
      ['/recommendations/', 'Recommendations'],
    ]);
  });

  it('ends with the current page, marked as such and not a link', () => {
    const last = doc.querySelector('li:last-child');
    expect(last?.getAttribute('aria-current')).toBe('page');
    expect(text(last)).toBe('Recommendation 3');
    expect(last?.querySelector('a')).toBeNull();
  });
});
