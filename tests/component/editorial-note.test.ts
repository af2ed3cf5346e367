import { describe, expect, it } from 'vitest';
import EditorialNote from '../../src/components/EditorialNote.astro';
import { text } from '../support/fragment';
import { renderComponent } from '../support/render-component';

const doc = await renderComponent(EditorialNote, {
  slots: { default: '<p>What the editors wrote.</p>' },
});

describe('EditorialNote', () => {
  it('wraps the editors’ text in a marked aside', () => {
    const aside = doc.querySelector('aside[data-editorial]');
    expect(aside).not.toBeNull();
    expect(text(aside?.querySelector('p:last-child'))).toBe('What the editors wrote.');
  });

  it('is named by its label, which says the text is neither the report’s nor the declaration’s', () => {
    const aside = doc.querySelector('aside');
    const label = doc.getElementById(aside?.getAttribute('aria-labelledby') ?? '');
    expect(text(label)).toBe(
      'Editorial context Written by the site’s editors to explain the topic; not part of the report or the declaration.',
    );
  });
});
