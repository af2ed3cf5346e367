import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeRawHtml, remarkRefuseHtml } from '../../src/lib/markdown/remark-refuse-html';

const renderer = await unified({ remarkPlugins: [remarkRefuseHtml] }).createRenderer({
  syntaxHighlight: false,
});
const render = async (markdown: string) => (await renderer.render(markdown)).code;

describe('remarkRefuseHtml', () => {
  // The Markdown processor also logs each error it rethrows; the assertions read the error.
  beforeAll(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it('lets Markdown through, including HTML shown as code', async () => {
    const html = await render('Some *text*, a [link](/about/) and `<script>` as code.');
    expect(html).toContain('<code>&#x3C;script></code>');
  });

  it('refuses a <script> element and says what it is', async () => {
    await expect(render('Text.\n\n<script>alert(1)</script>')).rejects.toThrow(
      /:3: body: a <script> element is not allowed in content; write Markdown only/,
    );
  });

  it('refuses an inline event handler and names it', async () => {
    await expect(render('A picture: <img src="x.png" onerror="alert(1)">')).rejects.toThrow(
      'body: an inline event handler (onerror=) is not allowed in content',
    );
  });

  it('refuses any other raw HTML too', async () => {
    await expect(render('<div>a box</div>')).rejects.toThrow('body: raw HTML is not allowed');
  });

  describe('in a content file', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'refuse-html-'));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('names the file and the line in the file, not in the frontmatter-less body Astro renders', async () => {
      const file = join(dir, 'topic.md');
      const text = '---\nid: topic\ntitle: A topic\n---\n\nFirst paragraph.\n\n<b>bold</b>\n';
      await writeFile(file, text);
      const body = parseFrontmatter(text).content.trim();
      await expect(renderer.render(body, { fileURL: pathToFileURL(file) })).rejects.toThrow(
        /topic\.md:8: body: raw HTML is not allowed/,
      );
    });
  });
});

describe('describeRawHtml', () => {
  it('names scripts and event handlers before anything else', () => {
    expect(describeRawHtml('<SCRIPT src="x.js">')).toBe('a <script> element');
    expect(describeRawHtml('<a href="#" onclick = "x()">')).toBe(
      'an inline event handler (onclick=)',
    );
    expect(describeRawHtml('<span>')).toBe('raw HTML');
  });
});
