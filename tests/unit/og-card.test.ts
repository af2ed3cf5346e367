/**
 * What the link-preview images say, where a reader on another site sees them without the page:
 * whose the recommendation's number is, and, in French, that the words are our translation.
 */
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { loadEdition } from '../../src/lib/edition';
import { recommendationCard, siteCard } from '../../src/lib/og-card';

describe.each(locales)('the %s preview cards', async (lang) => {
  const edition = await loadEdition(lang);

  it('mark each recommendation’s number as the editors’', () => {
    for (const r of edition.recommendations) {
      const card = recommendationCard(edition, r);
      expect(card.heading).toContain(String(r.number));
      expect(card.headingNote).toMatch(lang === 'fr' ? /éditeurs/ : /editors’/);
    }
  });

  it('say in French, and only in French, that the text is an unofficial translation', () => {
    const cards = [
      siteCard(edition),
      ...edition.recommendations.map((r) => recommendationCard(edition, r)),
    ];
    for (const card of cards) {
      if (lang === 'fr') expect(card.kicker).toContain('traduction non officielle');
      else expect(card.kicker).not.toMatch(/translation/i);
    }
  });
});
