/**
 * Records how many `expect` calls each test made, on the test's meta, so `npm run bench:tests`
 * can count assertions per area and show that a change to the suite kept them.
 */
import { afterEach, expect } from 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    /** `expect` calls the test made, counted by Vitest as it ran. */
    assertions?: number;
  }
}

afterEach(({ task }) => {
  task.meta.assertions = expect.getState().assertionCalls;
});
