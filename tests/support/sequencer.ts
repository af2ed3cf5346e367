/**
 * The order test files start in, whatever their project: the longest first, so that the short
 * ones fill the other workers around them and the run ends when the longest does. Vitest's
 * cache knows each file's last duration; on a fresh clone it has none, and the files below,
 * which take longest, start first.
 */
import { stat } from 'node:fs/promises';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest files on a fresh clone, longest first, as `npm run bench:tests` measured them
 * (fixture builds, the search answers, the page sweep, then the journeys). Keep it in step with
 * that report: a long file that starts late makes the whole run wait for it at the end.
 */
const startFirst = [
  'tests/build/bad-content.test.ts',
  'tests/browser/search-answers.test.ts',
  'tests/browser/every-page.test.ts',
  'tests/browser/search.test.ts',
  'tests/browser/print.test.ts',
  'tests/browser/side-by-side.test.ts',
  'tests/browser/permalinks.test.ts',
  'tests/browser/language-place.test.ts',
  'tests/build/translation-parity.test.ts',
  'tests/browser/offline.test.ts',
  'tests/browser/reuse.test.ts',
];

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const weights = new Map(
      await Promise.all(
        files.map(async (spec) => {
          const listed = startFirst.findIndex((file) => spec.moduleId.endsWith(file));
          const duration = cache.getTestSpecificationResult(spec)?.duration;
          // Known durations in milliseconds; otherwise the listed files, then by size.
          const weight =
            duration ?? (listed >= 0 ? 1e9 - listed : (await stat(spec.moduleId)).size / 1000);
          return [spec, weight] as const;
        }),
      ),
    );
    return [...files].sort((a, b) => (weights.get(b) ?? 0) - (weights.get(a) ?? 0));
  }
}
