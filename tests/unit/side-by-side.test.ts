import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { loadEdition } from '../../src/lib/edition';
import { alignUnits, recommendationsIn } from '../../src/lib/side-by-side';

const editions = await Promise.all(locales.map((lang) => loadEdition(lang)));
const [original, translation] = editions;

describe('the report and its translation aligned for reading side by side', () => {
  it('has a unit for the heading, the date line and each paragraph, with an anchor each', () => {
    const units = alignUnits(editions);
    const paragraphs = original?.text.paragraphs ?? [];
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(units.map((u) => u.id)).toEqual([
      'headline',
      'dateline',
      ...paragraphs.map((p) => `p${p.number}`),
    ]);
  });

  it('gives every unit one half per language, the original first, each in its own words', () => {
    for (const unit of alignUnits(editions)) {
      expect(unit.halves.map((h) => h.lang)).toEqual([...locales]);
      const [en, fr] = unit.halves.map((h) => h.segments.map((s) => s.text).join(''));
      expect(en).toBeTruthy();
      expect(fr).toBeTruthy();
      expect(en).not.toBe(fr);
    }
  });

  it('marks the same recommendations, in the same order, in both halves of each unit', () => {
    const units = alignUnits(editions);
    for (const unit of units) {
      const [en, fr] = unit.halves.map(recommendationsIn);
      expect(fr, unit.id).toEqual(en);
    }
    const marked = units.flatMap((u) => (u.halves[0] ? recommendationsIn(u.halves[0]) : []));
    expect(marked).toEqual(original?.recommendations.map((r) => r.id));
  });

  it('refuses editions whose paragraphs do not pair one for one', () => {
    if (!original || !translation) throw new Error('two editions expected');
    const short = {
      ...translation,
      text: { ...translation.text, paragraphs: translation.text.paragraphs.slice(1) },
    };
    expect(() => alignUnits([original, short])).toThrow(
      /content\/fr\/declaration\.md: \d+ paragraphs where content\/en\/declaration\.md has \d+/,
    );
  });
});
