/**
 * `npm run bench:tests`: runs `npm test` exactly as CI does and prints how long it took, when
 * and for how long each layer of the suite ran (layers run side by side, so their spans
 * overlap), and the tests and `expect` calls per area. The report is kept in
 * tests/.output/suite-report.json, so a later run can be compared with it:
 *
 *   npm run bench:tests                          # run npm test and print its figures
 *   npm run bench:tests -- --compare OLD.json    # the same, beside an earlier report
 *   npm run bench:tests -- --report NEW.json [--compare OLD.json]   # print, do not run
 *
 * Runs on Node 24 directly (type stripping): erasable TypeScript only, imports with `.ts`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { delimiter, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../support/run.ts';
import type { ModuleReport, SuiteReport } from './suite-reporter.ts';

/** A report with the wall time of the whole `npm test` that produced it. */
interface TimedReport extends SuiteReport {
  /** Epoch milliseconds when `npm test` was started and when it exited. */
  spawnedAt: number;
  exitedAt: number;
  exitCode: number | null;
  /**
   * CPU seconds (user and system) that `npm test` and every process under it used: unlike the
   * wall time, it hardly depends on what else the machine is doing. Linux only.
   */
  cpuSeconds?: number | undefined;
  /**
   * Core-seconds the whole machine spent busy and idle during the run, from /proc/stat. Unlike
   * `cpuSeconds` this counts Chromium's processes, which leave the process tree when the browser
   * closes, but also anything else running: read it from a quiet machine. Linux only.
   */
  machineCpu?: { busy: number; idle: number } | undefined;
  /** The machine's load averages (1, 5, 15 minutes) when the run started and ended. */
  loadAtStart?: number[];
  loadAtEnd?: number[];
}

const { values } = parseArgs({
  options: { compare: { type: 'string' }, report: { type: 'string' } },
});
const outputDir = resolve(projectRoot, 'tests/.output');
const reportFile = resolve(outputDir, 'suite-report.json');

/**
 * CPU seconds used so far by this process's finished children and their descendants, from
 * /proc (`cutime` and `cstime`, in the kernel's 100 ticks a second), or undefined elsewhere.
 */
function childrenCpuSeconds(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

/** The machine's CPU time so far, busy and idle, in core-seconds (100 ticks a second). */
function machineCpuSeconds(): { busy: number; idle: number } | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    const total = ticks.reduce((sum, n) => sum + n, 0);
    return { busy: (total - idle) / 100, idle: idle / 100 };
  } catch {
    return undefined;
  }
}

/** Runs `npm test` with the suite reporter added and returns its report. */
async function runSuite(): Promise<TimedReport> {
  mkdirSync(outputDir, { recursive: true });
  const rawFile = resolve(outputDir, 'suite-report.raw.json');
  const bin = resolve(projectRoot, 'node_modules/.bin');
  const args = ['test', '--', '--reporter=dot', '--reporter=./tests/bench/suite-reporter.ts'];
  rmSync(rawFile, { force: true });
  const loadAtStart = loadavg();
  const cpuBefore = childrenCpuSeconds();
  const machineBefore = machineCpuSeconds();
  const spawnedAt = Date.now();
  const exitCode = await new Promise<number | null>((done, fail) => {
    const child = spawn('npm', args, {
      cwd: projectRoot,
      stdio: 'inherit',
      env: {
        ...process.env,
        PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
        SUITE_REPORT: rawFile,
      },
    });
    child.on('error', fail);
    child.on('close', done);
  });
  const exitedAt = Date.now();
  const cpuAfter = childrenCpuSeconds();
  const machineAfter = machineCpuSeconds();
  const machineCpu =
    machineBefore && machineAfter
      ? {
          busy: machineAfter.busy - machineBefore.busy,
          idle: machineAfter.idle - machineBefore.idle,
        }
      : undefined;
  const cpuSeconds =
    cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  if (!existsSync(rawFile)) {
    console.error(`\nnpm test exited with ${exitCode} before Vitest reported anything.`);
    process.exit(1);
  }
  const suite = JSON.parse(readFileSync(rawFile, 'utf8')) as SuiteReport;
  const report: TimedReport = {
    ...suite,
    spawnedAt,
    exitedAt,
    exitCode,
    cpuSeconds,
    machineCpu,
    loadAtStart,
    loadAtEnd: loadavg(),
  };
  writeFileSync(reportFile, `${JSON.stringify(report, null, 1)}\n`);
  return report;
}

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as TimedReport;

/** `tests/<area>/…`: unit, component, config, bench, build or browser. */
const areaOf = (file: string) => file.split('/')[1] ?? 'other';

/** The layer a file ran in: its Vitest project, or for a run without projects, its area's. */
function layerOf(module: ModuleReport): string {
  if (module.project) return module.project;
  const area = areaOf(module.file);
  return ['unit', 'component', 'config', 'bench'].includes(area) ? 'unit' : area;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const minutes = (ms: number) => {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
};
const percent = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

interface Totals {
  files: number;
  tests: number;
  assertions: number;
  /** Sum of the files' own durations (tests and hooks). */
  busy: number;
  start: number;
  end: number;
}

function totalsBy(report: TimedReport, key: (module: ModuleReport) => string) {
  const totals = new Map<string, Totals>();
  for (const module of report.modules) {
    const name = key(module);
    const t = totals.get(name) ?? {
      files: 0,
      tests: 0,
      assertions: 0,
      busy: 0,
      start: Infinity,
      end: 0,
    };
    t.files += 1;
    t.tests += module.tests.length;
    t.assertions += module.tests.reduce((sum, test) => sum + (test.assertions ?? 0), 0);
    t.busy += module.duration;
    t.start = Math.min(t.start, module.start);
    t.end = Math.max(t.end, module.end);
    totals.set(name, t);
  }
  return totals;
}

function printTimes(label: string, report: TimedReport) {
  const total = report.exitedAt - report.spawnedAt;
  const firstFile = Math.min(...report.modules.map((m) => m.start));
  const rows = [
    ['phase', 'from', 'to', 'time', 'share', 'busy'],
    [
      'before the run: pretest, astro check, Prettier, Vitest start-up',
      '0.0 s',
      seconds(report.runStart - report.spawnedAt),
      seconds(report.runStart - report.spawnedAt),
      percent(report.runStart - report.spawnedAt, total),
      '',
    ],
    [
      'global set-up: content store, builds, Chromium',
      seconds(report.runStart - report.spawnedAt),
      seconds(firstFile - report.spawnedAt),
      seconds(firstFile - report.runStart),
      percent(firstFile - report.runStart, total),
      '',
    ],
  ];
  const layers = [...totalsBy(report, layerOf)].sort((a, b) => a[1].start - b[1].start);
  for (const [layer, t] of layers) {
    rows.push([
      `layer ${layer} (${t.files} files)`,
      seconds(t.start - report.spawnedAt),
      seconds(t.end - report.spawnedAt),
      seconds(t.end - t.start),
      percent(t.end - t.start, total),
      seconds(t.busy),
    ]);
  }
  rows.push(['npm test', '0.0 s', seconds(total), minutes(total), '100%', '']);
  console.log(`\n${label}: npm test exited with ${report.exitCode} after ${minutes(total)}`);
  const load = (values?: number[]) => values?.map((n) => n.toFixed(1)).join(' ') ?? '?';
  if (report.cpuSeconds !== undefined) {
    console.log(
      `CPU used by the processes it waited for: ${report.cpuSeconds.toFixed(0)} s; load average ` +
        `${load(report.loadAtStart)} at the start, ${load(report.loadAtEnd)} at the end`,
    );
  }
  if (report.machineCpu) {
    const { busy, idle } = report.machineCpu;
    console.log(
      `The machine's cores were busy ${percent(busy, busy + idle)} of the run: ` +
        `${busy.toFixed(0)} of ${(busy + idle).toFixed(0)} core-seconds (every process, ` +
        'Chromium included)',
    );
  }
  console.log(table(rows));
  console.log(
    '(layers run side by side: their times overlap; busy is the sum of their files’ own times)',
  );
}

const areas = ['unit', 'component', 'config', 'bench', 'build', 'browser'];

function printCounts(after: TimedReport, before?: TimedReport) {
  const now = totalsBy(after, (m) => areaOf(m.file));
  const then = before && totalsBy(before, (m) => areaOf(m.file));
  const names = [...new Set([...areas, ...now.keys(), ...(then?.keys() ?? [])])];
  const head = then
    ? ['area', 'tests before', 'tests after', 'assertions before', 'assertions after']
    : ['area', 'files', 'tests', 'assertions', 'busy'];
  const rows = [head];
  const sum = { tests: [0, 0], assertions: [0, 0] };
  for (const name of names) {
    const a = now.get(name);
    const b = then?.get(name);
    if (!a && !b) continue;
    sum.tests[0]! += b?.tests ?? 0;
    sum.tests[1]! += a?.tests ?? 0;
    sum.assertions[0]! += b?.assertions ?? 0;
    sum.assertions[1]! += a?.assertions ?? 0;
    rows.push(
      then
        ? [
            name,
            String(b?.tests ?? 0),
            String(a?.tests ?? 0),
            String(b?.assertions ?? 0),
            String(a?.assertions ?? 0),
          ]
        : [name, String(a?.files ?? 0), String(a?.tests ?? 0), String(a?.assertions ?? 0)].concat(
            seconds(a?.busy ?? 0),
          ),
    );
  }
  rows.push(
    then
      ? ['all', ...sum.tests.map(String), ...sum.assertions.map(String)]
      : ['all', '', String(sum.tests[1]), String(sum.assertions[1]), ''],
  );
  console.log(`\nTests and expect calls per area${then ? ', before and after' : ''}:`);
  console.log(table(rows));
  const failed = after.modules.flatMap((m) => m.tests.filter((t) => t.state === 'failed'));
  if (failed.length) console.log(`\n${failed.length} failed: ${failed.map((t) => t.name)}`);
}

const after = values.report ? read(values.report) : await runSuite();
const before = values.compare ? read(values.compare) : undefined;
if (before) printTimes('Before', before);
printTimes(before ? 'After' : 'This run', after);
printCounts(after, before);
if (!values.report) {
  console.log(`\nReport kept in ${reportFile}`);
}
if (after.exitCode !== 0) process.exit(1);
