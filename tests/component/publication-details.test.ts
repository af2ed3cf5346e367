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
  [...doc.querySelectorAll('dl > dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]),
);

describe('PublicationDetails', () => {
  it('gives the facts as a description list, in reading order', () => {
    expect(Object.keys(details)).toEqual([
      'Adopted',
      'Conference',
      'Conference dates',
      'Host',
      'WCO participation',
      'Source',
      'Text',
    ]);
  });

  it('says when and where the declaration was adopted, with a machine-readable date', () => {
    expect(details['Adopted']).toBe('2 July 2013, Brussels');
    expect(doc.querySelector('dd time')?.getAttribute('datetime')).toBe('2013-07-02');
  });

  it('names the conference, its dates, its host and the WCO participant', () => {
    expect(details['Conference']).toBe(
      '18th Conference of Directors General of Customs of totally or partially Francophone countries',
    );
    expect(details['Conference dates']).toBe('1 – 2 July 2013, Brussels');
    expect(details['Host']).toBe('Belgian Customs and Excise Administration');
    expect(details['WCO participation']).toBe(
      'Kunio Mikuriya, Secretary General of the World Customs Organization',
    );
  });

  it('cites the source by publisher, kind, headline and date, without inventing a link', () => {
    const source = [...doc.querySelectorAll('dt')].find((dt) => text(dt) === 'Source');
    const dd = source?.nextElementSibling;
    expect(text(dd?.querySelector('cite'))).toBe(edition.declaration.data.source.title);
    expect(details['Source']).toMatch(
      /^World Customs Organization \(WCO\), news item, .+, 5 July 2013$/,
    );
    expect(dd?.querySelector('a')).toBeNull();
  });

  it('says the text is the original English', () => {
    expect(details['Text']).toBe('English, as published by the source');
  });
});
