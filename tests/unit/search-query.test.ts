import { describe, expect, it } from 'vitest';
import { readSearchParams, writeSearchParams } from '../../src/lib/search-query';

const known = {
  topic: new Set(['cybercrime', 'wildlife-crime']),
  addressee: new Set(['wco', 'customs-administrations']),
  type: new Set(['recommendation', 'topic', 'page']),
};
const read = (query: string) => readSearchParams(new URLSearchParams(query), known);

describe('search-query', () => {
  it('reads the query and the filters from the URL', () => {
    expect(read('?q=aeo&topic=cybercrime&type=recommendation')).toEqual({
      state: { q: 'aeo', filters: { topic: 'cybercrime', type: 'recommendation' } },
      ignored: [],
    });
  });

  it('ignores and reports a filter value the form does not offer', () => {
    expect(read('?q=aeo&topic=nonsense&addressee=wco')).toEqual({
      state: { q: 'aeo', filters: { addressee: 'wco' } },
      ignored: [{ name: 'topic', value: 'nonsense' }],
    });
  });

  it('treats an empty filter, as a form sends for "any", as no filter', () => {
    expect(read('?q=&topic=&addressee=&type=')).toEqual({
      state: { q: '', filters: {} },
      ignored: [],
    });
  });

  it('keeps the first of repeated filter values and ignores unknown parameters', () => {
    expect(read('?topic=wildlife-crime&topic=cybercrime&utm_source=x').state).toEqual({
      q: '',
      filters: { topic: 'wildlife-crime' },
    });
  });

  it('writes only what is set, in a stable order', () => {
    expect(writeSearchParams({ q: 'utility blocks', filters: { type: 'page', topic: 'x' } })).toBe(
      '?q=utility+blocks&topic=x&type=page',
    );
    expect(writeSearchParams({ q: '', filters: {} })).toBe('');
  });

  it('round-trips a query with markup and symbols unchanged', () => {
    const q = '<img src=x onerror=alert(1)> & 100% "quoted"';
    expect(read(writeSearchParams({ q, filters: {} })).state.q).toBe(q);
  });
});
