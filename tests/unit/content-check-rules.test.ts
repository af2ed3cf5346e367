/**
 * The content rules one by one (`src/lib/content-check/rules/`), on small variations of the good
 * fixture. The cross-file rules here were `src/lib/integrity.ts` and its tests; each of their
 * assertions is kept below or in the cases of `content-check.test.ts`.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reservedIdOwner, homeSections, layoutIds, topicSections } from '../../src/lib/anchors';
import { checkContent, formatProblem } from '../../src/lib/content-check';
import { placeOf } from '../../src/lib/content-check/load';
import { linkProblem } from '../../src/lib/content-check/rules/links';
import { prepareContent } from '../fixtures/content-cases/cases';

const temporary: string[] = [];

afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** The problems of the good content with `files` written over it (`null` deletes a file). */
async function problemsWith(files: Record<string, string | Uint8Array | null>) {
  const root = await mkdtemp(join(tmpdir(), 'content-rules-'));
  temporary.push(root);
  const dir = join(root, 'content');
  await prepareContent(dir, files);
  return { dir, problems: checkContent(dir, { root: 'content' }).map(formatProblem) };
}

/** Wordings and words that stand in the fixture's text, so the source-text rule stays quiet. */
const wordings: Record<string, string> = {
  'wildlife-crime': 'the fight against wildlife crime',
  cybercrime: 'cybercrime',
  alpha: 'supply chain security',
  beta: 'Globally Networked Customs',
};
const words: Record<string, string> = {
  r2: 'to develop training in cybercrime',
  r3: 'to provide more training in the field of AEO',
};

const topicFile = (id: string, number: number, title = id) =>
  `---\nid: ${id}\nnumber: ${number}\nname: ${title}\nsourceWording: ${wordings[id] ?? title}\nbodyRole: editorial\n---\n\nAbout ${title}.\n`;

const recommendationFile = (id: string, number: number, topics: string[]) =>
  `---\nid: ${id}\nnumber: ${number}\ntitle: Training\nconcerns: wco\nverb: encouraged\nwords: ${words[id] ?? words['r2']}\ntopics:\n${topics.map((t) => `  - ${t}\n`).join('')}---\n`;

/** The same file in both languages, so parity holds and only the rule under test speaks. */
const bothLanguages = (path: string, text: string | null) => ({
  [`en/${path}`]: text,
  [`fr/${path}`]: text,
});

describe('numbers and ids (moved from integrity.test.ts)', () => {
  it('accepts distinct ids and numbers: the good fixture has no problem', async () => {
    expect((await problemsWith({})).problems).toEqual([]);
  });

  it('accepts numbers that run from 1 without gaps, in any file order', async () => {
    const { problems } = await problemsWith({
      ...bothLanguages('topics/alpha.md', topicFile('alpha', 3)),
    });
    expect(problems).toEqual([]);
  });

  it('names the first missing number, on the file with the highest number', async () => {
    const { problems } = await problemsWith({
      ...bothLanguages('topics/alpha.md', topicFile('alpha', 4)),
      ...bothLanguages('topics/beta.md', topicFile('beta', 5)),
    });
    expect(problems).toEqual([
      'content/en/topics/beta.md:3: number: topic numbers must run from 1 without gaps; 3 is missing',
      'content/fr/topics/beta.md:3: number: topic numbers must run from 1 without gaps; 3 is missing',
    ]);
  });

  it('reports duplicates once, not also as a gap', async () => {
    const { problems } = await problemsWith({
      ...bothLanguages('topics/alpha.md', topicFile('alpha', 1)),
    });
    expect(problems.filter((p) => p.includes('without gaps'))).toEqual([]);
    expect(problems.filter((p) => p.startsWith('content/en/'))).toEqual([
      'content/en/topics/alpha.md:3: number: duplicate topic number "1", also used by content/en/topics/wildlife-crime.md',
      'content/en/topics/wildlife-crime.md:3: number: duplicate topic number "1", also used by content/en/topics/alpha.md',
    ]);
  });

  it("requires a recommendation's id to be the letter r and its number", async () => {
    const { problems } = await problemsWith({
      ...bothLanguages('recommendations/r2.md', null),
      ...bothLanguages('recommendations/r3.md', recommendationFile('r3', 2, ['cybercrime'])),
    });
    expect(problems).toEqual([
      'content/en/recommendations/r3.md:2: id: "r3" must be "r2", the letter r and its number',
      'content/fr/recommendations/r3.md:2: id: "r3" must be "r2", the letter r and its number',
    ]);
  });

  it('names the file and the position of each unknown topic', async () => {
    const { problems } = await problemsWith({
      ...bothLanguages(
        'recommendations/r2.md',
        recommendationFile('r2', 2, ['cybercrime', 'unknown']),
      ),
    });
    expect(problems).toEqual([
      'content/en/recommendations/r2.md:10: topics[1]: unknown topic "unknown" (no file in the topics folder has this id)',
      'content/fr/recommendations/r2.md:10: topics[1]: unknown topic "unknown" (no file in the topics folder has this id)',
    ]);
  });

  it('frees an id when the file that also held it is renamed or deleted', async () => {
    const copy = topicFile('cybercrime', 3);
    const duplicated = await problemsWith({ 'en/topics/copy.md': copy });
    expect(duplicated.problems).toContain(
      'content/en/topics/copy.md:2: id: duplicate topic id "cybercrime", also used by content/en/topics/cybercrime.md',
    );
    // Each check reads the folder afresh: once the copy is gone, so is the problem.
    await rm(join(duplicated.dir, 'en/topics/copy.md'));
    expect(checkContent(duplicated.dir)).toEqual([]);
  });
});

describe('every file accounted for', () => {
  it.each([
    ['en/declaration.md', 'entry'],
    ['fr/topics/cybercrime.md', 'entry'],
    ['en/recommendations/r1.md', 'entry'],
    ['en/pages/about.md', 'entry'],
    ['source/brussels-declaration-2013.txt', 'source'],
    ['en/.DS_Store', 'ignored'],
    ['en/topics/notes.txt', 'stray'],
    ['en/topics/old/cybercrime.md', 'stray'],
    ['en/topics/.hidden.md', 'stray'],
    ['en/glossary.md', 'stray'],
    ['de/declaration.md', 'stray'],
    ['notes.md', 'stray'],
    ['source/extra/notes.txt', 'stray'],
    ['en/topics/Cybercrime.MD', 'stray'],
  ])('%s is %s', (path, role) => {
    expect(placeOf(path).role).toBe(role);
  });

  it('tells an editor how to rename a Markdown file with another extension', () => {
    expect(placeOf('en/topics/customs-unions.MD')).toEqual({
      role: 'stray',
      reason: 'content files end in .md: rename it customs-unions.md',
    });
    expect(placeOf('en/pages/faq.mdx')).toEqual({
      role: 'stray',
      reason: 'content files end in .md: rename it faq.md',
    });
  });

  it('refuses a language the site does not publish', async () => {
    const { problems } = await problemsWith({ 'de/declaration.md': 'Erklärung' });
    expect(problems).toEqual([
      'content/de/declaration.md: (file): not part of the content: content/ holds one folder per language (en, fr) and source/',
    ]);
  });

  it('refuses a symbolic link, which could publish any file on the machine', async () => {
    const { dir } = await problemsWith({});
    await symlink('/etc/hostname', join(dir, 'en/topics/host.md'));
    expect(checkContent(dir, { root: 'content' }).map(formatProblem)).toEqual([
      'content/en/topics/host.md: (file): a symbolic link: content must be plain files in this folder',
    ]);
  });

  it('refuses a file not named after its id', async () => {
    const { problems } = await problemsWith({
      ...bothLanguages('topics/cybercrime.md', null),
      ...bothLanguages('topics/cyber.md', topicFile('cybercrime', 2)),
    });
    expect(problems).toEqual([
      'content/en/topics/cyber.md:2: id: the file is named cyber.md but its id is "cybercrime": a content file is named after its id',
      'content/fr/topics/cyber.md:2: id: the file is named cyber.md but its id is "cybercrime": a content file is named after its id',
    ]);
  });
});

describe('encoding', () => {
  it('says a file saved as UTF-16 is not UTF-8, and blames no translation for it', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('---\nid: about\n---\n', 'utf16le')]);
    const { problems } = await problemsWith({ 'en/pages/about.md': utf16 });
    expect(problems).toEqual([
      'content/en/pages/about.md:1: (file): saved as UTF-16, not UTF-8: save the file as UTF-8',
    ]);
  });
});

describe('bodies', () => {
  it('requires the declaration to have its summary', async () => {
    const { problems } = await problemsWith({
      'en/declaration.md': '---\nid: x\n---\n',
    });
    expect(problems.filter((p) => p.includes('body'))).toEqual([
      "content/en/declaration.md:3: body: empty: write the source's text, paragraph by paragraph, shown on the home page after the frontmatter",
    ]);
  });

  it('counts a body of markup alone as empty', async () => {
    const { problems } = await problemsWith({
      ...bothLanguages(
        'pages/about.md',
        '---\nid: about\ntitle: About\ndescription: About.\n---\n\n#\n\n---\n',
      ),
    });
    expect(problems).toEqual([
      "content/en/pages/about.md:7: body: empty: write the page's text after the frontmatter",
      "content/fr/pages/about.md:7: body: empty: write the page's text after the frontmatter",
    ]);
  });
});

describe('link targets', () => {
  it.each([
    'https://www.wcoomd.org/',
    'HTTPS://WWW.WCOOMD.ORG/',
    'http://example.org/a?b#c',
    'mailto:info@example.org',
    '/about/',
    '/fr/topics/cybercrime/#recommendations',
    '#r3',
  ])('allows a link to %s', (url) => {
    expect(linkProblem(url, 'link')).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JAVASCRIPT:alert(1)', 'javascript'],
    [' javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['\u0001javascript:alert(1)', 'javascript'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['file:///etc/passwd', 'file'],
    ['tel:+3220000000', 'tel'],
    ['ftp://example.org/', 'ftp'],
  ])('refuses a link to %j (the %s: scheme)', (url, scheme) => {
    expect(linkProblem(url, 'link')).toMatch(`"${scheme}:" links are not allowed`);
  });

  it('refuses an empty target, a target without a scheme and a relative path', () => {
    expect(linkProblem('', 'link')).toBe('empty link target: give the address the link leads to');
    expect(linkProblem('//evil.example/', 'link')).toBe(
      '"//evil.example/" has no scheme: write it in full, such as https://evil.example/',
    );
    // Browsers read a backslash as a slash: this leads to another site too.
    expect(linkProblem('/\\evil.example/', 'link')).toBe(
      '"/\\evil.example/" has no scheme: write it in full, such as https://evil.example/',
    );
    expect(linkProblem('about/', 'link')).toMatch(/a relative path changes meaning/);
    // Percent-encoding is not decoded in a scheme: this is a relative path, refused as such.
    expect(linkProblem('java%73cript:alert(1)', 'link')).toMatch(/a relative path/);
  });

  it('allows images from the site only', () => {
    expect(linkProblem('/images/map.png', 'image')).toBeUndefined();
    expect(linkProblem('https://tracker.example/pixel.png', 'image')).toMatch(
      /is not on this site: images may only be site paths/,
    );
    expect(linkProblem('data:image/png;base64,AAAA', 'image')).toMatch(/is not on this site/);
  });

  it('checks every frontmatter field too, since declaration.json carries them as they are', async () => {
    const { problems } = await problemsWith({
      'en/recommendations/r2.md': recommendationFile('r2', 2, ['cybercrime']).replace(
        `words: ${words['r2']}`,
        `words: "${words['r2']}, see <javascript:alert(1)>"`,
      ),
    });
    expect(problems).toEqual([
      'content/en/recommendations/r2.md:7: words: link to "javascript:alert(1)" refused: "javascript:" links are not allowed; use http(s), mailto, a site path (/…) or a fragment (#…)',
    ]);
  });
});

describe('ids reserved by the site', () => {
  it.each([
    ...Object.values(homeSections),
    ...Object.values(topicSections),
    ...Object.values(layoutIds),
    'r1',
    'r12',
    'search-topic',
    'search-results',
  ])('"%s" is the site’s', (id) => {
    expect(reservedIdOwner(id)).toBeDefined();
  });

  it.each(['how-to-cite', 'summary-1', 'r0', 'r3-training', 'cybercrime', 'user-content-fn-1'])(
    '"%s" is free for a heading',
    (id) => {
      expect(reservedIdOwner(id)).toBeUndefined();
    },
  );

  it('refuses a heading whose slug is reserved, in any body, and allows its second, suffixed use', async () => {
    const { problems } = await problemsWith({
      ...bothLanguages(
        'topics/cybercrime.md',
        topicFile('cybercrime', 2, 'Cybercrime') +
          '\n## Recommendations\n\nText.\n\n## Recommendations\n\nMore.\n\n## Data exports\n',
      ),
    });
    expect(problems.filter((p) => p.startsWith('content/en'))).toEqual([
      'content/en/topics/cybercrime.md:11: body: the heading "Recommendations" would get the id "recommendations", which is a section of the home page (/#recommendations): reword the heading',
      'content/en/topics/cybercrime.md:19: body: the heading "Data exports" would get the id "data-exports", which is an element of the page layout: reword the heading',
    ]);
  });
});

describe('invisible characters', () => {
  it('refuses control characters and bidirectional isolates, and keeps French no-break spaces', async () => {
    const { problems } = await problemsWith({
      ...bothLanguages(
        'topics/cybercrime.md',
        topicFile('cybercrime', 2, 'Cybercrime').replace(
          'name: Cybercrime',
          'name: Cyber\u2066crime\u2069',
        ),
      ),
      'en/topics/wildlife-crime.md': topicFile('wildlife-crime', 1, 'Faune').replace(
        'About Faune.',
        'Faune\u00a0: «\u202fcrime\u202f».\n\nA bell\u0007.',
      ),
    });
    expect(problems).toEqual([
      'content/en/topics/cybercrime.md:4: name: contains a bidirectional isolate (U+2066), invisible on the page: remove it',
      'content/en/topics/wildlife-crime.md:11: body: contains a control character (U+0007), invisible on the page: remove it',
      'content/fr/topics/cybercrime.md:4: name: contains a bidirectional isolate (U+2066), invisible on the page: remove it',
    ]);
  });
});

describe("the declaration's dates", () => {
  const goodDeclaration = readFileSync(
    join(import.meta.dirname, '../fixtures/content-good/en/declaration.md'),
    'utf8',
  );
  const datesProblems = async (dates: Record<string, string>) => {
    let text = goodDeclaration;
    for (const [field, date] of Object.entries(dates)) {
      text = text.replace(new RegExp(`^(\\s*${field}): .*$`, 'm'), `$1: ${date}`);
    }
    // Both languages state the same dates, so parity holds and only the rule speaks.
    const { problems } = await problemsWith(bothLanguages('declaration.md', text));
    return problems.filter((problem) => problem.startsWith('content/en/'));
  };

  it('accepts an adoption during the Conference, reported on or after that day', async () => {
    expect(await datesProblems({ adopted: '2013-07-01', published: '2013-07-01' })).toEqual([]);
  });

  it('refuses a Conference that ends before it starts, and says only that', async () => {
    expect(await datesProblems({ end: '2013-06-30' })).toEqual([
      'content/en/declaration.md:12: conference.end: 2013-06-30: the Conference ends before it starts (conference.start 2013-07-01)',
    ]);
  });

  it('refuses an adoption outside the Conference, and a report before the adoption', async () => {
    expect(await datesProblems({ adopted: '2013-07-03', published: '2013-07-05' })).toEqual([
      'content/en/declaration.md:6: adopted: 2013-07-03: must fall within the Conference (conference.start 2013-07-01, conference.end 2013-07-02)',
    ]);
    expect(await datesProblems({ published: '2013-06-01' })).toEqual([
      'content/en/declaration.md:22: source.published: 2013-06-01: the source cannot report the declaration before its adoption (adopted 2013-07-02)',
    ]);
  });
});

describe('parity', () => {
  it('does not call a translation extra or missing when its original cannot be read', async () => {
    const { problems } = await problemsWith({
      'en/topics/cybercrime.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0x0a]),
    });
    expect(problems).toEqual([
      'content/en/topics/cybercrime.md:2: (file): not UTF-8 (byte 0xff at column 1): save the file as UTF-8',
    ]);
  });

  it('compares the declaration id of every language', async () => {
    const french = readFileSync(
      join(import.meta.dirname, '../fixtures/content-good/fr/declaration.md'),
      'utf8',
    );
    const { problems } = await problemsWith({
      'fr/declaration.md': french.replace(
        'id: brussels-declaration-2013',
        'id: declaration-de-bruxelles',
      ),
    });
    expect(problems).toEqual([
      'content/fr/declaration.md:2: id: must equal "brussels-declaration-2013" as in content/en/declaration.md, found "declaration-de-bruxelles"',
    ]);
  });
});
