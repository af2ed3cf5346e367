import { describe, expect, it } from 'vitest';
import TopicLinks from '../../src/components/TopicLinks.astro';
import { loadEdition } from '../../src/lib/edition';
import { text } from '../support/fragment';
import { renderComponent } from '../support/render-component';

const edition = await loadEdition('en');

describe('TopicLinks', () => {
  it('links each topic by its short title to its permanent page, in the given order', async () => {
    const topics = edition.topics.slice(0, 3).reverse();
    const doc = await renderComponent(TopicLinks, { props: { topics } });
    const links = [...doc.querySelectorAll('ul > li > a')];
    expect(links.map((a) => [a.getAttribute('href'), text(a)])).toEqual(
      topics.map((t) => [`/topics/${t.id}/`, t.name]),
    );
  });

  it('renders an empty list for no topics', async () => {
    const doc = await renderComponent(TopicLinks, { props: { topics: [] } });
    expect(doc.querySelectorAll('li')).toHaveLength(0);
  });
});
