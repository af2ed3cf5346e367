import { describe, expect, it } from 'vitest';
import { readSearchParams, writeSearchParams } from '../../src/lib/search-query';

const known = {
  topic: new Set(['cybercrime', 'wildlife-crime']),
  concerns: new Set(['wco', 'customs-administrations']),
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
    expect(read('?q=aeo&topic=nonsense&concerns=wco')).toEqual({
      state: { q: 'aeo', filters: { concerns: 'wco' } },
      ignored: [{ name: 'topic', value: 'nonsense' }],
    });
  });

  it('treats an empty filter, as a form sends for "any", as no filter', () => {
    expect(read('?q=&topic=&concerns=&type=')).toEqual({
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

  it('reads an address shared before the filter was renamed: addressee is concerns', () => {
    expect(read('?q=training&addressee=wco')).toEqual({
      state: { q: 'training', filters: { concerns: 'wco' } },
      ignored: [],
    });
    expect(read('?addressee=anyone').ignored).toEqual([{ name: 'concerns', value: 'anyone' }]);
    expect(writeSearchParams(read('?addressee=wco').state)).toBe('?concerns=wco');
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
