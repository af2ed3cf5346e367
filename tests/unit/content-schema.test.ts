/**
 * The schemas of `src/lib/content-schema.ts`: every length limit at and just past the limit,
 * real calendar dates, strictness about unknown fields.
 */
import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  calendarDateProblem,
  declarationSchema,
  limits,
  pageSchema,
  permanentId,
  recommendationSchema,
  topicSchema,
} from '../../src/lib/content-schema';

const declaration = {
  id: 'brussels-declaration-2013',
  title: 'Brussels Declaration',
  headline: 'Brussels Declaration adopted at the 18th Conference',
  dateline: '05 July 2013',
  adopted: '2013-07-02',
  place: 'Brussels',
  conference: {
    name: '18th Conference of Directors General of Customs',
    ordinal: 18,
    start: '2013-07-01',
    end: '2013-07-02',
    city: 'Brussels',
    host: 'Belgian Customs and Excise Administration',
  },
  wcoParticipant: { name: 'Kunio Mikuriya', role: 'Secretary General' },
  source: {
    publisher: 'World Customs Organization (WCO)',
    kind: 'News item',
    title: 'Brussels Declaration adopted',
    published: '2013-07-05',
  },
  translation: 'original',
};
const topic = {
  id: 'cybercrime',
  number: 2,
  name: 'Cybercrime',
  sourceWording: 'cybercrime',
  bodyRole: 'editorial',
};
const recommendation = {
  id: 'r2',
  number: 2,
  title: 'Training in cybercrime',
  concerns: 'wco',
  verb: 'encouraged',
  words: 'to develop training in cybercrime',
  topics: ['cybercrime'],
};
const page = { id: 'about', title: 'About', description: 'Where the text comes from.' };
const recommendationWithIds = recommendationSchema(permanentId);

type Data = Record<string, unknown>;

/** `data` with the field at `path` set to `value`. */
function withField(data: Data, path: readonly string[], value: unknown): Data {
  const [key, ...rest] = path as [string, ...string[]];
  return { ...data, [key]: rest.length ? withField(data[key] as Data, rest, value) : value };
}

const schemas = {
  declaration: [declarationSchema, declaration],
  topic: [topicSchema, topic],
  recommendation: [recommendationWithIds, recommendation],
  page: [pageSchema, page],
} as const;

/** Every text field with a limit: kind, field path, limit. */
const limited: [keyof typeof schemas, string, number][] = [
  ['declaration', 'title', limits.title],
  ['declaration', 'headline', limits.headline],
  ['declaration', 'dateline', limits.dateline],
  ['declaration', 'place', limits.name],
  ['declaration', 'conference.name', limits.headline],
  ['declaration', 'conference.city', limits.name],
  ['declaration', 'conference.host', limits.label],
  ['declaration', 'wcoParticipant.name', limits.name],
  ['declaration', 'wcoParticipant.role', limits.label],
  ['declaration', 'source.publisher', limits.label],
  ['declaration', 'source.kind', limits.name],
  ['declaration', 'source.title', limits.headline],
  ['topic', 'name', limits.shortTitle],
  ['topic', 'sourceWording', limits.phrase],
  ['recommendation', 'title', limits.heading],
  ['recommendation', 'words', limits.words],
  ['page', 'title', limits.heading],
  ['page', 'description', limits.description],
];

function issuesOf(kind: keyof typeof schemas, data: Data) {
  const [schema] = schemas[kind];
  const result = schema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('length limits', () => {
  it.each(limited)('%s %s: %i characters pass, one more fails', (kind, field, limit) => {
    const [, valid] = schemas[kind];
    const path = field.split('.');
    expect(issuesOf(kind, withField(valid, path, 'x'.repeat(limit)))).toEqual([]);
    expect(issuesOf(kind, withField(valid, path, 'x'.repeat(limit + 1)))).toEqual([
      `${field}: must be at most ${limit} characters, found ${limit + 1}`,
    ]);
  });

  it('counts the text without the spaces around it', () => {
    const padded = `  ${'x'.repeat(limits.shortTitle)}  `;
    expect(issuesOf('topic', { ...topic, name: padded })).toEqual([]);
  });

  it(`limits ids to ${limits.id} characters, as URL segments`, () => {
    expect(permanentId.safeParse('a'.repeat(limits.id)).success).toBe(true);
    expect(permanentId.safeParse('a'.repeat(limits.id + 1)).success).toBe(false);
  });

  it('the sample data of each kind is valid, so each failure above is the limit alone', () => {
    for (const kind of Object.keys(schemas) as (keyof typeof schemas)[]) {
      expect(issuesOf(kind, schemas[kind][1]), kind).toEqual([]);
    }
  });
});

describe('emptiness', () => {
  it('refuses empty and whitespace-only text', () => {
    expect(issuesOf('recommendation', { ...recommendation, words: '' })).toEqual([
      'words: must not be empty',
    ]);
    expect(issuesOf('topic', { ...topic, name: ' \t ' })).toEqual(['name: must not be empty']);
  });

  it('says a missing field is missing', () => {
    const { verb: _verb, ...withoutVerb } = recommendation;
    expect(issuesOf('recommendation', withoutVerb)).toEqual(['verb: missing (required)']);
  });
});

describe('calendar dates', () => {
  it.each(['2013-07-02', '2012-02-29', '2000-02-29', '2013-12-31', '2013-01-01'])(
    '%s is a real date',
    (date) => {
      expect(calendarDateProblem(date)).toBeUndefined();
    },
  );

  it.each([
    ['2013-02-30', '"2013-02-30" is not a real date: February 2013 has 28 days'],
    ['2013-02-29', '"2013-02-29" is not a real date: February 2013 has 28 days'],
    ['1900-02-29', '"1900-02-29" is not a real date: February 1900 has 28 days'],
    ['2013-04-31', '"2013-04-31" is not a real date: April 2013 has 30 days'],
    ['2013-07-00', '"2013-07-00" is not a real date: July 2013 has 31 days'],
    ['2013-13-01', '"2013-13-01" is not a real date: there is no month 13'],
    ['2013-7-2', 'must be a date written YYYY-MM-DD, such as 2013-07-02; found "2013-7-2"'],
    ['2 July 2013', 'must be a date written YYYY-MM-DD, such as 2013-07-02; found "2 July 2013"'],
    [
      '2013-07-02T10:00:00Z',
      'must be a date written YYYY-MM-DD, such as 2013-07-02; found "2013-07-02T10:00:00Z"',
    ],
  ])('%s is refused: %s', (date, problem) => {
    expect(calendarDateProblem(date)).toBe(problem);
  });

  it('becomes midnight UTC of that day, never another day', () => {
    expect(calendarDate.parse('2013-07-02').toISOString()).toBe('2013-07-02T00:00:00.000Z');
  });

  it("accepts the Date Astro's YAML reader has already made, and refuses a number", () => {
    const date = new Date('2013-07-02T00:00:00Z');
    expect(calendarDate.parse(date)).toBe(date);
    expect(calendarDate.safeParse(20130702).success).toBe(false);
  });

  it('names the field of an impossible date in a declaration', () => {
    expect(issuesOf('declaration', withField(declaration, ['adopted'], '2013-02-30'))).toEqual([
      'adopted: "2013-02-30" is not a real date: February 2013 has 28 days',
    ]);
  });
});

describe('strictness', () => {
  it('refuses a field the schema does not name, at any depth', () => {
    const [schema] = schemas.declaration;
    const result = schema.safeParse(
      withField({ ...declaration, draft: true }, ['conference', 'country'], 'Belgium'),
    );
    expect(result.success).toBe(false);
    const unknown = result.error?.issues.filter((i) => i.code === 'unrecognized_keys');
    expect(unknown?.map((i) => [i.path.join('.'), i.keys])).toEqual([
      ['conference', ['country']],
      ['', ['draft']],
    ]);
  });

  it('keeps a recommendation frontmatter only, with known verbs and whom it concerns', () => {
    expect(issuesOf('recommendation', { ...recommendation, verb: 'urged' })).toHaveLength(1);
    expect(issuesOf('recommendation', { ...recommendation, concerns: 'everyone' })).toHaveLength(1);
    expect(issuesOf('recommendation', { ...recommendation, id: 'rec-2' })).toEqual([
      "id: must be 'r' followed by a number, such as r3",
    ]);
  });
});
