import { describe, expect, it } from 'vitest';
import PublicationDetails from '../../src/components/PublicationDetails.astro';
import { loadEdition } from '../../src/lib/edition';
import { text } from '../support/fragment';
import { renderComponent } from '../support/render-component';

const edition = await loadEdition('en');
const doc = await renderComponent(PublicationDetails, {
  props: { declaration: edition.declaration },
});

/** Each term with its description, as the reader sees them. */
const details = Object.fromEntries(
  [...doc.querySelectorAll('dl dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]),
);

describe('PublicationDetails', () => {
  it('gives the facts as a description list, in reading order', () => {
    expect(Object.keys(details)).toEqual(['Source', 'Declaration adopted']);
  });

  it('says when and where the declaration was adopted, with a machine-readable date', () => {
    expect(details['Declaration adopted']).toBe('2 July 2013, Brussels');
    const adopted = [...doc.querySelectorAll('dd time')].map((t) => t.getAttribute('datetime'));
    expect(adopted).toContain('2013-07-02');
  });

  it('marks only the date as a time, so that the place can wrap (French puts words around it)', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const { declaration } = await loadEdition(lang);
      const rendered = await renderComponent(PublicationDetails, { props: { declaration }, lang });
      const times = [...rendered.querySelectorAll('dd time')].map((time) => text(time));
      expect(times, lang).toEqual(
        lang === 'en' ? ['5 July 2013', '2 July 2013'] : ['5 juillet 2013', '2 juillet 2013'],
      );
    }
    const french = await renderComponent(PublicationDetails, {
      props: { declaration: (await loadEdition('fr')).declaration },
      lang: 'fr',
    });
    expect(text(french.querySelectorAll('dd')[1])).toBe('le 2 juillet 2013, à Bruxelles');
  });

  it('cites the source by publisher, kind and date, without inventing a link', () => {
    const source = [...doc.querySelectorAll('dt')].find((dt) => text(dt) === 'Source');
    const dd = source?.nextElementSibling;
    expect(details['Source']).toBe('World Customs Organization (WCO), news item, 5 July 2013');
    expect(dd?.querySelector('time')?.getAttribute('datetime')).toBe('2013-07-05');
    expect(dd?.querySelector('a')).toBeNull();
  });
});
