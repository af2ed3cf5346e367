import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/lib/edition';
import {
  basicGraph,
  editionGraph,
  type JsonLdNode,
  pageInfo,
  serializeJsonLd,
} from '../../src/lib/json-ld';

const site = 'https://example.org';
const byType = (nodes: JsonLdNode[], type: string) => nodes.filter((n) => n['@type'] === type);

describe('json-ld', () => {
  it('escapes < so no data can close the script element', () => {
    const json = serializeJsonLd({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'Thing', name: '</script><script>alert(1)</script>' }],
    });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)['@graph'][0].name).toBe('</script><script>alert(1)</script>');
  });

  it('describes the declaration, its recommendations as parts, and the Conference as an Event', async () => {
    const edition = await loadEdition('en');
    const page = pageInfo('en', site, { path: '/', name: 'Home', description: 'D' });
    const nodes = editionGraph(edition, page, site)['@graph'];
    const [declaration] = byType(nodes, 'Legislation');
    expect(declaration).toMatchObject({
      '@id': 'https://example.org/#declaration',
      name: 'Brussels Declaration',
      legislationDate: '2013-07-02',
      legislationPassedBy: {
        name: '18th Conference of Directors General of Customs of totally or partially Francophone countries',
      },
    });
    expect(declaration?.hasPart).toHaveLength(edition.recommendations.length);
    expect((declaration?.hasPart as JsonLdNode[])[2]).toMatchObject({
      '@id': 'https://example.org/recommendations/r3/#recommendation',
      url: 'https://example.org/recommendations/r3/',
      position: 3,
    });
    expect(byType(nodes, 'Event')[0]).toMatchObject({
      startDate: '2013-07-01',
      endDate: '2013-07-02',
      location: { name: 'Brussels' },
      organizer: { name: 'Belgian Customs and Excise Administration' },
    });
    // The home page's main content is the report, which is about the declaration.
    expect(byType(nodes, 'WebPage')[0]).toMatchObject({
      mainEntity: { '@id': 'https://example.org/#report' },
    });
    expect(byType(nodes, 'NewsArticle')[0]).toMatchObject({
      '@id': 'https://example.org/#report',
      publisher: { name: 'World Customs Organization (WCO)' },
      datePublished: '2013-07-05',
      about: { '@id': 'https://example.org/#declaration' },
    });
    expect(declaration?.['subjectOf']).toEqual({ '@id': 'https://example.org/#report' });
    expect(String(declaration?.['description'])).toContain(
      'As reported by the World Customs Organization',
    );
    expect(byType(nodes, 'BreadcrumbList')).toEqual([]);
  });

  it('describes the French page’s text as the site’s translation of the report', async () => {
    const edition = await loadEdition('fr');
    const page = pageInfo('fr', site, { path: '/fr/', name: 'Accueil', description: 'D' });
    const nodes = editionGraph(edition, page, site)['@graph'];
    expect(byType(nodes, 'CreativeWork')[0]).toMatchObject({
      '@id': 'https://example.org/fr/#report',
      inLanguage: 'fr',
      translationOfWork: { '@type': 'NewsArticle', inLanguage: 'en' },
    });
  });

  it('makes a recommendation the main entity of its page, with breadcrumbs', async () => {
    const edition = await loadEdition('en');
    const r3 = edition.recommendations.find((r) => r.id === 'r3');
    const page = pageInfo(
      'en',
      site,
      { path: '/recommendations/r3/', name: 'Recommendation 3', description: 'D' },
      {
        crumbs: [
          { href: '/', label: 'Declaration' },
          { href: '/recommendations/', label: 'Recommendations' },
        ],
        current: 'Recommendation 3',
      },
    );
    const nodes = editionGraph(edition, page, site, r3)['@graph'];
    expect(byType(nodes, 'WebPage')[0]).toMatchObject({
      mainEntity: { '@id': 'https://example.org/recommendations/r3/#recommendation' },
      breadcrumb: { '@id': 'https://example.org/recommendations/r3/#breadcrumb' },
    });
    expect(nodes.find((n) => n['@id']?.endsWith('#recommendation'))).toMatchObject({
      text: 'to provide more training in the field of AEO',
      isPartOf: { '@id': 'https://example.org/#declaration' },
    });
    // Its id and number are the editors': no field may present them as an official identifier.
    expect(nodes.find((n) => n['@id']?.endsWith('#recommendation'))).not.toHaveProperty(
      'legislationIdentifier',
    );
    expect(byType(nodes, 'BreadcrumbList')[0]?.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Declaration', item: 'https://example.org/' },
      {
        '@type': 'ListItem',
        position: 2,
        name: 'Recommendations',
        item: 'https://example.org/recommendations/',
      },
      {
        '@type': 'ListItem',
        position: 3,
        name: 'Recommendation 3',
        item: 'https://example.org/recommendations/r3/',
      },
    ]);
  });

  it('describes the site, the report and the declaration in full on the home page only; other pages refer to them', async () => {
    const edition = await loadEdition('en');
    const crumbs = { crumbs: [{ href: '/', label: 'Declaration' }], current: 'Topics' };
    const page = pageInfo(
      'en',
      site,
      { path: '/topics/', name: 'Topics', description: 'D' },
      crumbs,
    );
    const nodes = editionGraph(edition, page, site)['@graph'];
    expect(nodes.some((n) => n['@id'] === 'https://example.org/#report')).toBe(false);
    const [declaration] = byType(nodes, 'Legislation');
    expect(declaration).toMatchObject({
      '@id': 'https://example.org/#declaration',
      legislationDate: '2013-07-02',
    });
    expect(declaration).not.toHaveProperty('about');
    expect(declaration?.hasPart).toHaveLength(edition.recommendations.length);
    expect((declaration?.hasPart as JsonLdNode[])[0]).toEqual({
      '@id': 'https://example.org/recommendations/r1/#recommendation',
    });
    expect(byType(nodes, 'WebPage')[0]).toMatchObject({
      isPartOf: { '@id': 'https://example.org/#website' },
    });
    expect(byType(nodes, 'WebSite')).toEqual([]);
    expect(byType(nodes, 'Event')[0]).toMatchObject({
      '@id': 'https://example.org/#conference',
      startDate: '2013-07-01',
      location: { name: 'Brussels' },
    });
    const home = editionGraph(
      edition,
      pageInfo('en', site, { path: '/', name: 'H', description: 'D' }),
      site,
    );
    const [full] = byType(home['@graph'], 'Legislation');
    expect(full?.['about']).toHaveLength(edition.topics.length);
    expect((full?.hasPart as JsonLdNode[])[0]?.['name']).toMatch(/^Recommendation 1/);
  });

  it('describes any other page as a page of the site', () => {
    const page = pageInfo('en', site, { path: '/search/', name: 'Search', description: 'D' });
    expect(basicGraph(page, site)['@graph'].map((n) => n['@type'])).toEqual(['WebSite', 'WebPage']);
  });
});
