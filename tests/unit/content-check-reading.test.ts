/**
 * How the content check reads a file: bytes to text (`text.ts`), frontmatter with the line of
 * every field (`frontmatter.ts`), and what a Markdown body will put on a page (`markdown.ts`).
 */
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/lib/content-check/frontmatter';
import { linksIn, readMarkdown } from '../../src/lib/content-check/markdown';
import { decodeContent, firstInvalidByte } from '../../src/lib/content-check/text';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeContent', () => {
  it('reads UTF-8, French accents and narrow no-break spaces included', () => {
    expect(decodeContent(utf8('Thèmes\u202f: OEA\n'))).toEqual({
      ok: true,
      text: 'Thèmes\u202f: OEA\n',
    });
  });

  it('drops a byte-order mark and turns CRLF (and a lone CR) into LF', () => {
    const text = decodeContent(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a\r\nb\rc\n')]));
    expect(text).toEqual({ ok: true, text: 'a\nb\nc\n' });
  });

  it('names the line, column and byte of the first byte that is not UTF-8', () => {
    const latin1 = new Uint8Array([...utf8('---\nid: x\n---\n\nCaf'), 0xe9, ...utf8(' au lait\n')]);
    expect(decodeContent(latin1)).toEqual({ ok: false, line: 5, column: 4, byte: 0xe9 });
  });

  it('refuses overlong forms, surrogates, code points past U+10FFFF and cut sequences', () => {
    expect(firstInvalidByte(bytes(0x41, 0xc0, 0xaf))).toBe(1); // overlong "/"
    expect(firstInvalidByte(bytes(0xe0, 0x80, 0xaf))).toBe(0); // overlong
    expect(firstInvalidByte(bytes(0xed, 0xa0, 0x80))).toBe(0); // surrogate U+D800
    expect(firstInvalidByte(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // U+110000
    expect(firstInvalidByte(bytes(0x41, 0xe2, 0x82))).toBe(1); // cut short
    expect(firstInvalidByte(bytes(0x80))).toBe(0); // a lone continuation byte
  });

  it('says a file was saved as UTF-16, as Windows editors do', () => {
    expect(decodeContent(new Uint8Array([0xff, 0xfe, 0x2d, 0x00]))).toEqual({
      ok: false,
      line: 1,
      column: 1,
      byte: 0xff,
      utf16: true,
    });
  });

  it('accepts every length of valid sequence', () => {
    expect(firstInvalidByte(utf8('a é € 𝄞'))).toBe(-1);
  });
});

describe('readFrontmatter', () => {
  const file = [
    '---',
    'id: r2',
    'conference:',
    '  start: 2013-07-01',
    'topics:',
    '  - cybercrime',
    '  - wildlife-crime',
    '---',
    '',
    'Body.',
  ].join('\n');

  it('keeps dates as the text the editor wrote', () => {
    const read = readFrontmatter(file);
    expect(read.ok && read.frontmatter.data).toEqual({
      id: 'r2',
      conference: { start: '2013-07-01' },
      topics: ['cybercrime', 'wildlife-crime'],
    });
  });

  it('knows the line of every field, nested and listed', () => {
    const read = readFrontmatter(file);
    if (!read.ok) throw new Error('expected frontmatter');
    const { lineOf } = read.frontmatter;
    expect(lineOf(['id'])).toBe(2);
    expect(lineOf(['conference', 'start'])).toBe(4);
    expect(lineOf(['topics', 1])).toBe(7);
    // A missing field has no line; one missing inside an object has the object's.
    expect(lineOf(['verb'])).toBeUndefined();
    expect(lineOf(['conference', 'end'])).toBe(3);
  });

  it('gives the body and the line it starts on', () => {
    const read = readFrontmatter(file);
    expect(read.ok && [read.frontmatter.body, read.frontmatter.bodyLine]).toEqual(['\nBody.', 9]);
  });

  it.each([
    [
      'no frontmatter',
      'Just text.\n',
      1,
      'missing: a content file starts with a line "---", then its fields, then another "---"',
    ],
    [
      'an unclosed frontmatter',
      '---\nid: x\n',
      1,
      'not closed: no second "---" line ends the fields',
    ],
    [
      'an unclosed quote',
      '---\nid: x\ntitle: "Cyber\nshortTitle: C\n---\n',
      3,
      'YAML syntax error: the quote opened on this line is never closed',
    ],
    [
      'an unclosed single quote',
      "---\nid: x\ntitle: 'Cyber''s\nshortTitle: C\n---\n",
      3,
      'YAML syntax error: the quote opened on this line is never closed',
    ],
    [
      'a value holding ": "',
      '---\nid: x\ntitle: Training: cybercrime\n---\n',
      3,
      'YAML syntax error: Nested mappings are not allowed in compact mappings (a value holding ": " must be in double quotes, and a field is not indented under another)',
    ],
    [
      'a field given twice',
      '---\nid: x\nid: y\n---\n',
      3,
      'YAML syntax error: Map keys must be unique (this field is given twice)',
    ],
    [
      'a tab for indentation',
      '---\nid: x\nconference:\n\tname: y\n---\n',
      4,
      'YAML syntax error: Tabs are not allowed as indentation (indent with spaces)',
    ],
    [
      'a list instead of fields',
      '---\n- id\n- title\n---\n',
      2,
      'must be fields written "name: value", one per line',
    ],
  ])('reports %s with its line', (_, text, line, reason) => {
    expect(readFrontmatter(text)).toEqual({ ok: false, problems: [{ line, reason }] });
  });

  it('reads an empty frontmatter as no fields, for the schema to name each missing one', () => {
    const read = readFrontmatter('---\n---\n');
    expect(read.ok && read.frontmatter.data).toEqual({});
  });
});

describe('readMarkdown', () => {
  it('gives heading ids as rehype-slug makes them, with lines in the file', () => {
    const facts = readMarkdown('## Summary\n\nText.\n\n## Summary\n\n### “R3” -- now\n', 10);
    expect(facts.ids).toEqual([
      { id: 'summary', heading: 'Summary', line: 10 },
      { id: 'summary-1', heading: 'Summary', line: 14 },
      // smartypants runs first, as in Astro: curly quotes and a dash.
      { id: 'r3--now', heading: '“R3” — now', line: 16 },
    ]);
  });

  it('finds links, autolinks, images and link definitions, with their lines', () => {
    const facts = readMarkdown(
      '[a](https://a.example/) <mailto:x@example.org>\nwww.example.org\n\n![i](/i.png)\n\n[d]: /about/\n',
    );
    expect(facts.links).toEqual([
      { kind: 'link', url: 'https://a.example/', line: 1 },
      { kind: 'link', url: 'mailto:x@example.org', line: 1 },
      { kind: 'link', url: 'http://www.example.org', line: 2 },
      { kind: 'image', url: '/i.png', line: 4 },
      { kind: 'definition', url: '/about/', line: 6 },
    ]);
  });

  it('decodes character references in a link target, as a browser would', () => {
    expect(readMarkdown('[x](&#106;avascript:alert(1))').links[0]?.url).toBe('javascript:alert(1)');
  });

  it('finds raw HTML and the visible text', () => {
    const facts = readMarkdown('<!-- note -->\n\nWords *here*.\n');
    expect(facts.html).toEqual([{ value: '<!-- note -->', line: 1 }]);
    expect(facts.text.trim()).toBe('Words here.');
  });

  it('reads links in a frontmatter field, and skips text that cannot hold one', () => {
    expect(linksIn('[Training](javascript:alert(1)) in cybercrime')).toEqual([
      { kind: 'link', url: 'javascript:alert(1)', line: 1 },
    ]);
    expect(linksIn('Cybercrime <em>and</em> fraud')).toEqual([]);
    expect(linksIn('Plain words')).toEqual([]);
  });
});
