import { describe, expect, it } from 'vitest';
import SourceText from '../../src/components/SourceText.astro';
import { loadEdition } from '../../src/lib/edition';
import { text } from '../support/fragment';
import { renderComponent } from '../support/render-component';

const site = 'https://declaration.example';

describe('SourceText', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`gives the report’s heading, date line and every paragraph in order, once (${lang})`, async () => {
      const edition = await loadEdition(lang);
      const doc = await renderComponent(SourceText, { lang, props: { edition }, site });
      expect(text(doc.querySelector('h1'))).toBe(edition.text.headline);
      expect(text(doc.querySelector('.dateline'))).toBe(edition.text.dateline);
      const paragraphs = [...doc.querySelectorAll('quote-link > p')].map((p) => p.id);
      expect(paragraphs).toEqual(edition.text.paragraphs.map((p) => `p${p.number}`));
      expect(paragraphs.length).toBeGreaterThan(0);
    });
  }

  it('says under the heading what the text is: the WCO’s report, word for word, not the declaration', async () => {
    const edition = await loadEdition('en');
    const doc = await renderComponent(SourceText, { props: { edition }, site });
    const status = text(doc.querySelector('.status'));
    expect(status).toContain(
      'World Customs Organization’s news item of 5 July 2013, word for word',
    );
    expect(status).toContain('not its text');
    expect(status).toContain('numbers and links are the editors’');
  });

  it('says in French that the text is the site’s own translation', async () => {
    const edition = await loadEdition('fr');
    const doc = await renderComponent(SourceText, { lang: 'fr', props: { edition }, site });
    expect(text(doc.querySelector('.status'))).toContain('dans notre traduction non officielle');
  });

  it('names the conference, its dates, its host and the WCO participant, in the report’s words', async () => {
    const edition = await loadEdition('en');
    const doc = await renderComponent(SourceText, { props: { edition }, site });
    const first = text(doc.getElementById('p1'));
    const d = edition.declaration.data;
    expect(first).toContain(d.conference.name);
    expect(first).toContain('On 1-2 July 2013');
    expect(first).toContain(d.conference.host);
    expect(first).toContain(`${d.wcoParticipant.name}, ${d.wcoParticipant.role}`);
  });
});
