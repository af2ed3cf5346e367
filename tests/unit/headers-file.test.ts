import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/server/headers-file';

describe('the _headers reader of the local server', () => {
  const rules = parseHeadersFile(
    ['/*', '  X-All: yes', '/recommendations/:id/cite.bib', '  X-Cite: yes', ''].join('\n'),
  );

  it('matches a :placeholder to one whole path segment, as Netlify and Cloudflare Pages do', () => {
    expect(headersFor(rules, '/recommendations/r3/cite.bib')).toEqual({
      'X-All': 'yes',
      'X-Cite': 'yes',
    });
    for (const path of [
      '/recommendations//cite.bib',
      '/recommendations/r3/x/cite.bib',
      '/fr/recommendations/r3/cite.bib',
      '/recommendations/r3/cite.bibx',
    ]) {
      expect(headersFor(rules, path), path).toEqual({ 'X-All': 'yes' });
    }
  });

  it('takes the rest of a pattern literally, dots included', () => {
    const literal = parseHeadersFile('/cite.bib\n  X-Cite: yes\n');
    expect(headersFor(literal, '/cite.bib')).toEqual({ 'X-Cite': 'yes' });
    expect(headersFor(literal, '/citexbib')).toEqual({});
  });
});
