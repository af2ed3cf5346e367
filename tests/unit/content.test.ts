/**
 * The real content against its only source, content/source/brussels-declaration-2013.txt: every
 * word the site presents as the declaration's must be there verbatim (only whitespace may differ).
 */
import { readdir, readFile } from 'node:fs/promises';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/run';

const contentDir = `${projectRoot}/content/en`;
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const source = normalise(
  await readFile(`${projectRoot}/content/source/brussels-declaration-2013.txt`, 'utf8'),
);
const paragraphs = (
  await readFile(`${projectRoot}/content/source/brussels-declaration-2013.txt`, 'utf8')
)
  .split(/\n\s*\n/)
  .map(normalise);

interface TopicData {
  id: string;
  number: number;
  sourceWording: string;
  bodyRole: string;
}

interface RecommendationData {
  id: string;
  number: number;
  verb: string;
  concerns: string;
  words: string;
  topics: string[];
}

/** The files of a folder, in number order, with their frontmatter as the schema has it. */
async function readFolder<T extends { number: number }>(folder: string) {
  const files = (await readdir(`${contentDir}/${folder}`)).filter((f) => f.endsWith('.md'));
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(`${contentDir}/${folder}/${file}`, 'utf8');
      const { frontmatter, content } = parseFrontmatter(text);
      return { file, data: frontmatter as T, body: content };
    }),
  ).then((entries) => entries.sort((a, b) => a.data.number - b.data.number));
}

const topics = await readFolder<TopicData>('topics');
const recommendations = await readFolder<RecommendationData>('recommendations');
const declarationText = await readFile(`${contentDir}/declaration.md`, 'utf8');
const declaration = parseFrontmatter(declarationText);

/** The source's list of topics: "... discussed the following topics : a; b; ...; and, finally, l." */
const topicList = (paragraphs.find((p) => p.includes('discussed the following topics')) ?? '')
  .replace(/^.*discussed the following topics ?: ?/, '')
  .replace(/\.$/, '')
  .split(';')
  .map((item) => item.trim().replace(/^and, finally, /, ''));

describe('topics', () => {
  it('there are as many as the source lists, numbered from 1 without a gap', () => {
    expect(topicList.length).toBeGreaterThan(0);
    expect(topics.map((t) => t.data.number)).toEqual(topicList.map((_, i) => i + 1));
  });

  it('each is worded exactly as in the source list, in the source order', () => {
    expect(topicList).toHaveLength(topics.length);
    expect(topics.map((t) => t.data.sourceWording)).toEqual(topicList);
  });

  it('each file is named after its id and its body is marked editorial', () => {
    for (const topic of topics) {
      expect(topic.file).toBe(`${topic.data.id}.md`);
      expect(topic.data.bodyRole).toBe('editorial');
    }
  });
});

describe('recommendations', () => {
  it('they are r1, r2 … numbered from 1 without a gap', () => {
    expect(recommendations.length).toBeGreaterThan(0);
    expect(recommendations.map((r) => [r.data.id, r.data.number])).toEqual(
      recommendations.map((_, i) => [`r${i + 1}`, i + 1]),
    );
  });

  it("each one's words appear verbatim in the source, in the source order", () => {
    const positions = recommendations.map((r) => source.indexOf(normalise(r.data.words)));
    expect(positions.filter((at) => at < 0)).toEqual([]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('each is in a source sentence that uses its verb', () => {
    const sentences = source.split(/(?<=\.) /);
    for (const r of recommendations) {
      const sentence = sentences.find((s) => s.includes(normalise(r.data.words)));
      expect(sentence, r.data.id).toContain(` ${r.data.verb} `);
    }
  });

  it('r1 is stressed, r2 to r4 encourage the WCO, r5 and r6 recommend to Customs administrations', () => {
    expect(recommendations.map((r) => [r.data.id, r.data.verb, r.data.concerns])).toEqual([
      ['r1', 'stressed', 'wco'],
      ['r2', 'encouraged', 'wco'],
      ['r3', 'encouraged', 'wco'],
      ['r4', 'encouraged', 'wco'],
      ['r5', 'recommended', 'customs-administrations'],
      ['r6', 'recommended', 'customs-administrations'],
    ]);
  });

  it('each relates to topics that exist', () => {
    const ids = new Set(topics.map((t) => t.data.id));
    for (const r of recommendations) {
      expect(r.data.topics.length, r.data.id).toBeGreaterThan(0);
      expect(
        r.data.topics.filter((id) => !ids.has(id)),
        r.data.id,
      ).toEqual([]);
    }
  });
});

describe('the declaration', () => {
  const d = declaration.frontmatter;
  const body = declaration.content
    .split(/\n\s*\n/)
    .map(normalise)
    .filter(Boolean);

  it('its text is the source’s, complete and in order: heading, date line, every paragraph', () => {
    expect(body.length).toBeGreaterThan(0);
    expect([normalise(d.headline), normalise(d.dateline), ...body]).toEqual(
      paragraphs.filter(Boolean),
    );
  });

  it('its closing paragraph, the acknowledgement, is the source’s', () => {
    expect(body.at(-1)).toBe(paragraphs.filter(Boolean).at(-1));
    expect(body.at(-1)).toMatch(/^The participants expressed their appreciation/);
  });

  it('names the participants in the source’s words', () => {
    expect(body.some((p) => p.startsWith('The participants, including representatives'))).toBe(
      true,
    );
  });

  it('its source title is the headline of the source', () => {
    expect(paragraphs[0]).toBe(d.source.title);
    expect(d.headline).toBe(d.source.title);
  });
});
