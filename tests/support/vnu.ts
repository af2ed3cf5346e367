/**
 * The W3C Nu HTML checker (npm `vnu-jar`) run with the system Java on a folder of built pages.
 * It writes its JSON report to stderr and exits non-zero when it finds errors.
 */
import { spawn } from 'node:child_process';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from './run.ts';

export const vnuJar = `${projectRoot}/node_modules/vnu-jar/build/dist/vnu.jar`;

export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/**
 * A short run on two cores: the quick compiler only and one GC thread start faster and leave the
 * CPU to the rest of the suite (about half the wall time). The quick compiler's deeper stack
 * frames need a bigger thread stack than the default, or vnu fails with a StackOverflowError.
 */
const javaOptions = ['-Xss8m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/** Errors (only) in every HTML file under `dir`. */
export function validateHtml(dir: string): Promise<VnuMessage[]> {
  return new Promise((done, fail) => {
    const args = [
      ...javaOptions,
      '-jar',
      vnuJar,
      '--skip-non-html',
      '--errors-only',
      '--format',
      'json',
      dir,
    ];
    const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let report = '';
    child.stdout.on('data', (chunk: Buffer) => (report += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (report += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const json = report.slice(report.indexOf('{'));
      try {
        done((JSON.parse(json) as { messages: VnuMessage[] }).messages);
      } catch {
        fail(new Error(`vnu exited with ${code} and no JSON report:\n${report}`));
      }
    });
  });
}

/** `about/index.html:3:120: message (extract)`, relative to `dir`. */
export function describeMessage(message: VnuMessage, dir: string): string {
  const file = message.url?.startsWith('file:')
    ? relative(dir, fileURLToPath(message.url))
    : (message.url ?? '(no file)');
  const where = message.lastLine ? `:${message.lastLine}:${message.firstColumn ?? 0}` : '';
  const extract = message.extract ? ` (${message.extract.replace(/\s+/g, ' ')})` : '';
  return `${file}${where}: ${message.message}${extract}`;
}
