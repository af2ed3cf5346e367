import { describe, expect, it } from 'vitest';
import MarkedText from '../../src/components/MarkedText.astro';
import { loadEdition } from '../../src/lib/edition';
import { text } from '../support/fragment';
import { renderComponent } from '../support/render-component';

const edition = await loadEdition('en');
const r3 = edition.recommendations.find((r) => r.id === 'r3');
if (!r3) throw new Error('the edition has no recommendation r3');
const paragraph = edition.text.paragraphs.find((p) => p.number === r3.paragraph);
const render = (props: { anchored?: boolean; focus?: string }) =>
  renderComponent(MarkedText, { props: { segments: paragraph?.segments, edition, ...props } });

describe('MarkedText', () => {
  it('carries the permanent anchor and its search title on the words, when anchored', async () => {
    const marked = (await render({ anchored: true })).getElementById('r3');
    expect(text(marked?.querySelector('mark'))).toBe(r3.words);
    expect(marked?.getAttribute('data-pagefind-title')).toBe(`Recommendation 3: ${r3.title}`);
  });

  it('carries no id when not anchored, so the anchor exists once, in the home page’s text', async () => {
    const doc = await render({});
    expect(doc.querySelector('[id]')).toBeNull();
    expect(doc.querySelector('[data-pagefind-title]')).toBeNull();
  });

  it('puts the editors’ number before the words, linking to the permanent page and named as theirs', async () => {
    const ref = (await render({})).querySelector('.rec a.rec-ref[href="/recommendations/r3/"]');
    // Drawn from the attribute by CSS, so it is never part of the text.
    expect(ref?.getAttribute('data-number')).toBe('3');
    expect(ref?.getAttribute('aria-label')).toBe('Recommendation 3 (editors’ number)');
  });

  it('keeps the text word for word: marks wrap the words, never change or add to them', async () => {
    const doc = await render({ anchored: true });
    expect(doc.body.textContent).toBe(paragraph?.text);
  });

  it('highlights only the focused entry’s words', async () => {
    const doc = await render({ focus: 'r3' });
    expect([...doc.querySelectorAll('mark')].map((m) => text(m))).toEqual([r3.words]);
  });
});
