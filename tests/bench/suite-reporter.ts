/**
 * A Vitest reporter for `npm run bench:tests`: when each test file started and ended, which
 * project ran it, and each test's outcome and `expect` count (recorded by
 * tests/support/count-assertions.ts). Writes JSON to the file named by `SUITE_REPORT`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export interface SuiteReport {
  /** Epoch milliseconds: Vitest's start, the test run's start (before global setup) and end. */
  initAt: number;
  runStart: number;
  runEnd: number;
  modules: ModuleReport[];
}

export interface ModuleReport {
  /** Path from the project root, such as `tests/browser/search.test.ts`. */
  file: string;
  project: string;
  /** Epoch milliseconds when the file started and ended in its worker. */
  start: number;
  end: number;
  /** Time the file's tests and hooks took, as Vitest accounts it. */
  duration: number;
  tests: { name: string; state: string; assertions: number | null }[];
}

export default class SuiteReporter implements Reporter {
  #root = process.cwd();
  #report: SuiteReport = { initAt: Date.now(), runStart: 0, runEnd: 0, modules: [] };
  #started = new Map<string, number>();

  onInit(vitest: { config: { root: string } }) {
    this.#root = vitest.config.root;
    this.#report.initAt = Date.now();
  }

  onTestRunStart() {
    this.#report.runStart = Date.now();
  }

  onTestModuleStart(module: TestModule) {
    this.#started.set(module.id, Date.now());
  }

  onTestModuleEnd(module: TestModule) {
    const end = Date.now();
    this.#report.modules.push({
      file: relative(this.#root, module.moduleId),
      project: module.project.name,
      start: this.#started.get(module.id) ?? end,
      end,
      duration: module.diagnostic().duration,
      tests: [...module.children.allTests()].map((test) => ({
        name: test.fullName,
        state: test.result().state,
        assertions: test.meta().assertions ?? null,
      })),
    });
  }

  onTestRunEnd() {
    this.#report.runEnd = Date.now();
    const file = process.env.SUITE_REPORT;
    if (!file) return;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(this.#report, null, 1)}\n`);
  }
}
