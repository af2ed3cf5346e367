import { describe, expect, it } from 'vitest';
import { findRawHtml } from '../../src/lib/markdown/content-html';

describe('content-html', () => {
  it('finds no raw HTML in the published content', async () => {
    await expect(findRawHtml('content')).resolves.toEqual([]);
  });

  it('names the file and the line of a <script> in a topic, frontmatter included', async () => {
    await expect(findRawHtml('tests/fixtures/unsafe-script')).resolves.toEqual([
      'tests/fixtures/unsafe-script/en/topics/cybercrime.md:12: body: a <script> element is not allowed in content; write Markdown only (raw HTML is refused so no script can reach a page)',
    ]);
  });

  it('tells an inline event handler apart from other HTML', async () => {
    const problems = await findRawHtml('tests/fixtures/unsafe-onerror');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^tests\/fixtures\/unsafe-onerror\/en\/pages\/about\.md:21: body: an inline event handler \(on\.\.\.=\)/,
    );
  });
});
