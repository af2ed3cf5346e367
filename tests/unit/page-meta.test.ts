import { describe, expect, it } from 'vitest';
import { documentTitle } from '../../src/lib/page-meta';

describe('documentTitle', () => {
  it('puts the page before the site', () => {
    expect(documentTitle('Topics discussed', 'Site')).toBe('Topics discussed · Site');
  });

  it('does not repeat the site name on a page named after it', () => {
    expect(documentTitle('Site', 'Site')).toBe('Site');
  });
});
