import { describe, expect, it } from 'vitest';
import CopyLink from '../../src/components/CopyLink.astro';
import { text } from '../support/fragment';
import { renderComponent } from '../support/render-component';

describe('CopyLink', () => {
  it('offers the absolute permanent link as a plain link', async () => {
    const site = 'https://declaration.example';
    const doc = await renderComponent(CopyLink, {
      props: {
        href: `${site}/recommendations/r3/`,
        label: 'Permanent link to recommendation 3',
      },
    });
    const link = doc.querySelector('copy-link a');
    expect(link?.getAttribute('href')).toBe(`${site}/recommendations/r3/`);
    expect(link?.getAttribute('rel')).toBe('bookmark');
    expect(text(link)).toBe('Permanent link to recommendation 3');
  });
});
