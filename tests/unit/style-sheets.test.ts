import { describe, expect, it } from 'vitest';
import { siteSheet, styleSheetOf } from '../../src/lib/style-sheets';

const style = (file: string) => `/repo/src/${file}?astro&type=style&index=0&lang.css`;

describe('styleSheetOf', () => {
  it('puts the styles of components on reading pages, and the global ones, in the site sheet', () => {
    for (const file of [
      'layouts/Base.astro',
      'components/SiteHeader.astro',
      'components/MarkedText.astro',
      'components/RecommendationTable.astro',
      'pages/[...lang]/index.astro',
    ]) {
      expect(styleSheetOf(style(file)), file).toBe(siteSheet);
    }
    expect(styleSheetOf('/repo/src/styles/global.css')).toBe(siteSheet);
  });

  it('gives the search page, side by side, the log of changes and about their own sheets', () => {
    expect(styleSheetOf(style('components/SearchForm.astro'))).toBe('search');
    expect(styleSheetOf(style('components/SearchPage.astro'))).toBe('search');
    expect(styleSheetOf(style('components/SideBySide.astro'))).toBe('side-by-side');
    expect(styleSheetOf(style('pages/[...lang]/side-by-side.astro'))).toBe('side-by-side');
    expect(styleSheetOf(style('components/ChangeItem.astro'))).toBe('changes');
    expect(styleSheetOf(style('pages/[...lang]/about.astro'))).toBe('about');
  });

  it('leaves scripts and components themselves to the bundler', () => {
    expect(styleSheetOf('/repo/src/components/SearchForm.astro')).toBeNull();
    expect(styleSheetOf('/repo/src/scripts/enhance.ts')).toBeNull();
  });
});
