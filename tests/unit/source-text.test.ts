import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Mark, markText, sentenceWith, splitParagraphs } from '../../src/lib/source-text';

const seed = readFileSync(
  new URL('../../content/source/brussels-declaration-2013.txt', import.meta.url),
  'utf8',
);
const mark = (id: string, words: string, kind: Mark['kind'] = 'recommendation'): Mark => ({
  kind,
  id,
  words,
});
const reasons = (problems: { mark: Mark; reason: string }[]) =>
  problems.map((p) => `${p.mark.id}: ${p.reason}`);

describe('splitParagraphs', () => {
  it('splits on blank lines and collapses the source’s double spaces', () => {
    const paragraphs = splitParagraphs(seed);
    expect(paragraphs[0]).toMatch(/^Brussels Declaration adopted/);
    expect(paragraphs.some((p) => p.includes('level. It encouraged'))).toBe(true);
    expect(paragraphs.every((p) => !/\s{2}/.test(p))).toBe(true);
  });

  it('reads CRLF line ends and a byte-order mark like plain new lines', () => {
    expect(splitParagraphs('\uFEFFOne\r\nline.\r\n\r\nTwo.')).toEqual(['One line.', 'Two.']);
  });
});

describe('markText', () => {
  it('marks words where they stand, leaving the text itself unchanged', () => {
    const { paragraphs, problems } = markText('It said a b c. Then d e.', [mark('r1', 'b c')]);
    expect(problems).toEqual([]);
    expect(paragraphs[0]?.segments).toEqual([
      { text: 'It said a ' },
      { text: 'b c', mark: mark('r1', 'b c') },
      { text: '. Then d e.' },
    ]);
    expect(paragraphs[0]?.segments.map((s) => s.text).join('')).toBe('It said a b c. Then d e.');
  });

  it('finds words across the line breaks and double spaces of the file', () => {
    const { problems } = markText('matters at the\ninternational  level.', [
      mark('r1', 'the international level'),
    ]);
    expect(problems).toEqual([]);
  });

  it('names the entry and the words that are not in the text', () => {
    const { problems } = markText('Some text.', [mark('r2', 'other words')]);
    expect(reasons(problems)).toEqual(['r2: “other words” is not in the text word for word']);
  });

  it('refuses recommendation words that occur twice, since an anchor needs one place', () => {
    const { problems } = markText('a b. a b.', [mark('r1', 'a b')]);
    expect(reasons(problems)[0]).toMatch(/^r1: “a b” occurs 2 times/);
  });

  it('marks a topic at its first occurrence, the list of topics', () => {
    const topic = mark('cybercrime', 'cybercrime', 'topic');
    const { paragraphs, problems } = markText('Topics: cybercrime.\n\nTraining in cybercrime.', [
      topic,
    ]);
    expect(problems).toEqual([]);
    expect(paragraphs[0]?.segments.some((s) => s.mark === topic)).toBe(true);
    expect(paragraphs[1]?.segments.some((s) => s.mark)).toBe(false);
  });

  it('refuses overlapping marks, naming both entries', () => {
    const { problems } = markText('one two three', [
      mark('r1', 'one two'),
      mark('r2', 'two three'),
    ]);
    expect(reasons(problems)).toEqual([
      'r2: “two three” overlaps the words marked for recommendation "r1"',
    ]);
  });
});

describe('sentenceWith', () => {
  it('gives the whole sentence around a recommendation’s words, other marks kept', () => {
    const body = splitParagraphs(seed).slice(2).join('\n\n');
    const marks = [
      mark('r2', 'to develop training in cybercrime'),
      mark('r3', 'to provide more training in the field of AEO'),
    ];
    const { paragraphs, problems } = markText(body, marks);
    expect(problems).toEqual([]);
    const paragraph = paragraphs.find((p) => p.segments.some((s) => s.mark?.id === 'r3'));
    const sentence = paragraph && sentenceWith(paragraph, 'r3');
    expect(sentence?.map((s) => s.text).join('')).toBe(
      'It encouraged the Organization to develop training in cybercrime, to provide more training in the field of AEO, and finally to create a framework of international standards for modern technology for tracking goods.',
    );
    expect(sentence?.filter((s) => s.mark).map((s) => s.mark?.id)).toEqual(['r2', 'r3']);
  });

  it('is undefined for a paragraph without that mark', () => {
    const { paragraphs } = markText('No marks here.', []);
    expect(sentenceWith(paragraphs[0]!, 'r1')).toBeUndefined();
  });
});
