import { describe, expect, it } from 'vitest';
import { essence, mediaTypeOf, mediaTypes } from '../../src/lib/media-types';

describe('media types', () => {
  it('give a link’s type hint without the charset the server sends', () => {
    expect(essence(mediaTypes.bibtex)).toBe('application/x-bibtex');
    expect(essence(mediaTypes.atom)).toBe('application/atom+xml');
    expect(essence('text/html')).toBe('text/html');
  });

  it('name a file’s type by its whole name or its ending, and leave other files alone', () => {
    expect(mediaTypeOf('cite.json')).toBe(mediaTypes.cslJson);
    expect(mediaTypeOf('declaration.json')).toBeUndefined();
    expect(mediaTypeOf('declaration.akn.xml')).toBe(mediaTypes.akomaNtoso);
    expect(mediaTypeOf('sitemap-0.xml')).toBeUndefined();
  });
});
