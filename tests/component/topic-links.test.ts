import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import TopicLinks from '../../src/components/TopicLinks.astro';
import { loadEdition } from '../../src/lib/edition';
import { fragment, text } from '../support/fragment';

const edition = await loadEdition('en');
const container = await AstroContainer.create();

describe('TopicLinks', () => {
  it('links each topic by its short title to its permanent page, in the given order', async () => {
    const topics = edition.topics.slice(0, 3).reverse();
    const doc = fragment(
      await container.renderToString(TopicLinks, { props: { lang: 'en', topics } }),
    );
    const links = [...doc.querySelectorAll('ul > li > a')];
    expect(links.map((a) => [a.getAttribute('href'), text(a)])).toEqual(
      topics.map((t) => [`/topics/${t.id}/`, t.shortTitle]),
    );
  });

  it('renders an empty list for no topics', async () => {
    const doc = fragment(
      await container.renderToString(TopicLinks, { props: { lang: 'en', topics: [] } }),
    );
    expect(doc.querySelectorAll('li')).toHaveLength(0);
  });
});
