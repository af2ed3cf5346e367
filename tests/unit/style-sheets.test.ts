import { describe, expect, it } from 'vitest';
import { siteSheet, styleSheetOf } from '../../src/lib/style-sheets';

const style = (file: string) => `/repo/src/${file}?astro&type=style&index=0&lang.css`;

describe('styleSheetOf', () => {
  it('puts the global styles and those of components on several kinds of page in the site sheet', () => {
    for (const file of [
      'layouts/Base.astro',
      'components/SiteHeader.astro',
      'components/MarkedText.astro',
      'components/RecommendationTable.astro',
      'components/CiteThis.astro',
      // Its rules style the citation's copy button too, on the home and about pages.
      'components/CopyLink.astro',
    ]) {
      expect(styleSheetOf(style(file)), file).toBe(siteSheet);
    }
    expect(styleSheetOf('/repo/src/styles/global.css')).toBe(siteSheet);
  });

  it('gives each kind of page a sheet of its own for the rest', () => {
    expect(styleSheetOf(style('pages/[...lang]/index.astro'))).toBe('edition');
    expect(styleSheetOf(style('components/EditionDownloads.astro'))).toBe('edition');
    expect(styleSheetOf(style('components/RecommendationFacts.astro'))).toBe('entry');
    expect(styleSheetOf(style('pages/[...lang]/topics/index.astro'))).toBe('entry');
    expect(styleSheetOf(style('components/SearchForm.astro'))).toBe('search');
    expect(styleSheetOf(style('components/SearchPage.astro'))).toBe('search');
    expect(styleSheetOf(style('components/SideBySide.astro'))).toBe('side-by-side');
    expect(styleSheetOf(style('pages/[...lang]/side-by-side.astro'))).toBe('side-by-side');
    expect(styleSheetOf(style('components/ChangeItem.astro'))).toBe('changes');
    expect(styleSheetOf(style('pages/[...lang]/about.astro'))).toBe('edition');
  });

  it('leaves scripts and components themselves to the bundler', () => {
    expect(styleSheetOf('/repo/src/components/SearchForm.astro')).toBeNull();
    expect(styleSheetOf('/repo/src/scripts/enhance.ts')).toBeNull();
  });
});
