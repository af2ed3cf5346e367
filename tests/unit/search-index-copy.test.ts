import { describe, expect, it } from 'vitest';
import { indexCopy } from '../../src/lib/search-index-copy';

const page = (lang: string, body: string) =>
  `<!DOCTYPE html><html lang="${lang}" dir="ltr"><body>${body}</body></html>`;

describe('indexCopy', () => {
  it('ends each term of a description list with a colon, before what it holds', () => {
    expect(
      indexCopy(
        page(
          'en',
          '<dl><dt>Concerns<span data-pagefind-ignore>(x)</span></dt> <dd>The WCO</dd></dl>',
        ),
      ),
    ).toBe(
      page(
        'en',
        '<dl><dt>Concerns:<span data-pagefind-ignore>(x)</span></dt> <dd>The WCO</dd></dl>',
      ),
    );
    expect(indexCopy(page('fr', '<dl><dt class="t">Concerne</dt><dd>L’OMD</dd></dl>'))).toBe(
      page('fr', '<dl><dt class="t">Concerne\u00a0:</dt><dd>L’ OMD</dd></dl>'),
    );
  });

  it('splits French elisions only on French pages', () => {
    expect(indexCopy(page('en', '<p>l’OMD</p>'))).toBe(page('en', '<p>l’OMD</p>'));
    expect(indexCopy(page('fr', '<p>l’OMD</p>'))).toBe(page('fr', '<p>l’ OMD</p>'));
  });
});
