import { describe, expect, it } from 'vitest';
import {
  checkRecommendationIds,
  checkSequence,
  checkTopicReferences,
  checkUnique,
  ContentIntegrityError,
  idClaims,
} from '../../src/lib/integrity';

const record = (id: string, number: number, filePath = `content/en/topics/${id}.md`) => ({
  id,
  number,
  filePath,
});

describe('checkUnique', () => {
  it('accepts distinct ids and numbers', () => {
    expect(checkUnique('topic', [record('a', 1), record('b', 2)])).toEqual([]);
  });

  it('names the file, the field and the earlier file for a duplicate id', () => {
    const problems = checkUnique('topic', [record('a', 1, 'x.md'), record('a', 2, 'y.md')]);
    expect(problems).toEqual(['y.md: id: duplicate topic id "a", also used by x.md']);
  });

  it('names the file, the field and the earlier file for a duplicate number', () => {
    const problems = checkUnique('topic', [record('a', 1, 'x.md'), record('b', 1, 'y.md')]);
    expect(problems).toEqual(['y.md: number: duplicate topic number "1", also used by x.md']);
  });
});

describe('checkSequence', () => {
  it('accepts numbers that run from 1 without gaps, in any file order', () => {
    expect(checkSequence('topic', [record('b', 2), record('a', 1), record('c', 3)])).toEqual([]);
  });

  it('names the first missing number', () => {
    const problems = checkSequence('topic', [record('a', 1), record('c', 3, 'c.md')]);
    expect(problems).toEqual([
      'c.md: number: topic numbers must run from 1 without gaps; 2 is missing',
    ]);
  });

  it('leaves duplicates to checkUnique rather than reporting them twice', () => {
    expect(checkSequence('topic', [record('a', 1), record('b', 1)])).toEqual([]);
  });
});

describe('checkRecommendationIds', () => {
  it('requires the id to be the letter r and the number', () => {
    expect(checkRecommendationIds([record('r1', 1), record('r2', 2)])).toEqual([]);
    expect(checkRecommendationIds([record('r3', 2, 'r3.md')])).toEqual([
      'r3.md: id: "r3" must be "r2", the letter r and its number',
    ]);
  });
});

describe('checkTopicReferences', () => {
  it('names the file and the position of each unknown topic', () => {
    const recommendations = [{ ...record('r1', 1, 'r1.md'), topics: ['known', 'unknown'] }];
    expect(checkTopicReferences(recommendations, new Set(['known']))).toEqual([
      'r1.md: topics[1]: unknown topic "unknown" (no file in the topics folder has this id)',
    ]);
  });
});

describe('idClaims', () => {
  it('returns the id when each file has its own', () => {
    const claim = idClaims('topic', () => true);
    expect(claim('a', 'a.md')).toBe('a');
    expect(claim('b', 'b.md')).toBe('b');
    expect(claim('a', 'a.md')).toBe('a');
  });

  it('fails when a second file claims an id, naming both files', () => {
    const claim = idClaims('topic', () => true);
    claim('a', 'a.md');
    expect(() => claim('a', 'copy.md')).toThrow(
      'copy.md: id: duplicate topic id "a", also used by a.md',
    );
  });

  it('frees an id when its file takes another id or no longer exists', () => {
    const files = new Set(['a.md', 'b.md']);
    const claim = idClaims('topic', (file) => files.has(file));
    claim('a', 'a.md');
    claim('renamed', 'a.md');
    expect(claim('a', 'b.md')).toBe('a');
    files.delete('b.md');
    expect(claim('a', 'c.md')).toBe('a');
  });
});

describe('ContentIntegrityError', () => {
  it('lists every problem on its own line', () => {
    const error = new ContentIntegrityError(['one', 'two']);
    expect(error.message).toBe('Content problems:\n- one\n- two');
    expect(error.problems).toEqual(['one', 'two']);
  });
});
