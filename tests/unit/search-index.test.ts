import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/lib/edition';
import {
  filterGroups,
  inlineTag,
  pageTags,
  reportTags,
  recommendationTags,
  topicTags,
  type SearchTag,
} from '../../src/lib/search-index';

const edition = await loadEdition('en');
const recommendation = (id: string) => edition.recommendations.find((r) => r.id === id)!;

describe('search-index', () => {
  it('writes a tag as an inline Pagefind value on one line', () => {
    expect(inlineTag({ kind: 'meta', key: 'title', value: ' More  training\non AEOs ' })).toBe(
      'title:More training on AEOs',
    );
  });

  it('refuses a key Pagefind could misread and an empty value', () => {
    expect(() => inlineTag({ kind: 'filter', key: 'topic:x', value: 'a' })).toThrow(/key/);
    expect(() => inlineTag({ kind: 'filter', key: 'topic', value: '  ' })).toThrow(/Empty/);
  });

  it('tags a recommendation with its type, number, title, every topic and whom it concerns', () => {
    const tags = recommendationTags('en', recommendation('r6'));
    expect(tags).toEqual(
      expect.arrayContaining<SearchTag>([
        { kind: 'filter', key: 'type', value: 'recommendation' },
        { kind: 'meta', key: 'type', value: 'recommendation' },
        { kind: 'meta', key: 'number', value: '6' },
        { kind: 'meta', key: 'title', value: 'Utility blocks for cooperation' },
        { kind: 'filter', key: 'topic', value: 'Globally Networked Customs' },
        { kind: 'filter', key: 'topic', value: 'International cooperation' },
        { kind: 'filter', key: 'concerns', value: 'Customs administrations' },
      ]),
    );
  });

  it('tags a topic page with its own topic and other pages with the page type only', () => {
    const topic = edition.topics.find((t) => t.id === 'cybercrime')!;
    expect(topicTags(topic)).toContainEqual({ kind: 'filter', key: 'topic', value: 'Cybercrime' });
    expect(pageTags()).toEqual([
      { kind: 'filter', key: 'type', value: 'page' },
      { kind: 'meta', key: 'type', value: 'page' },
    ]);
    // The report is a kind of its own, apart from the editors' pages.
    expect(reportTags()).toEqual([
      { kind: 'filter', key: 'type', value: 'report' },
      { kind: 'meta', key: 'type', value: 'report' },
    ]);
  });

  it('offers every filter value that a page carries in the index', () => {
    const offered = new Set(
      filterGroups(edition).flatMap((g) => g.options.map((o) => `${g.name}:${o.value}`)),
    );
    const carried = [
      ...edition.recommendations.flatMap((r) => recommendationTags('en', r, edition.glossary)),
      ...edition.topics.flatMap((t) => topicTags(t, edition.glossary)),
      ...pageTags(),
    ].filter((tag) => tag.kind === 'filter');
    for (const tag of carried) expect(offered).toContain(`${tag.key}:${tag.value}`);
  });

  it('offers every topic, both values of concerns and the four types under unique ids', () => {
    const groups = filterGroups(edition);
    expect(groups.map((g) => [g.name, g.options.length])).toEqual([
      ['topic', edition.topics.length],
      ['concerns', 2],
      ['type', 4],
    ]);
    for (const group of groups) {
      expect(new Set(group.options.map((o) => o.id)).size).toBe(group.options.length);
    }
  });
});
