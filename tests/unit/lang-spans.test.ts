import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { remarkLangSpans } from '../../src/lib/markdown/lang-spans';

const renderer = await unified({ remarkPlugins: [remarkLangSpans] }).createRenderer({
  syntaxHighlight: false,
});
const render = async (markdown: string) => (await renderer.render(markdown)).code;

describe('remarkLangSpans', () => {
  it('marks words in another language, without the brackets and braces', async () => {
    expect(await render('sous le titre « [Brussels Declaration adopted]{lang=en} ».')).toBe(
      '<p>sous le titre « <span lang="en">Brussels Declaration adopted</span> ».</p>',
    );
  });

  it('marks several runs, inside other Markdown too', async () => {
    expect(await render('**[one]{lang=en}** and [deux]{lang=fr}')).toBe(
      '<p><strong><span lang="en">one</span></strong> and <span lang="fr">deux</span></p>',
    );
  });

  it('leaves links, plain brackets and other braces as they are', async () => {
    expect(await render('[a link](/about/), [brackets] and {lang=en} alone')).toBe(
      '<p><a href="/about/">a link</a>, [brackets] and {lang=en} alone</p>',
    );
  });
});
