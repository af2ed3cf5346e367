/**
 * Reads a Netlify / Cloudflare Pages `_headers` file and answers which headers a path gets, so
 * the local server (and the tests') sends what those hosts would. Supports what the site
 * writes: path patterns with `*` (any characters) and `:name` placeholders (one path segment),
 * indented `Name: value` lines, `#` comments.
 * Runs on Node directly: erasable TypeScript only.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a path: ${line}`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

function matches(pattern: string, pathname: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (/^:[A-Za-z]/.test(part)) return '[^/]+';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`).test(pathname);
}

/**
 * Every matching rule's headers. Hosts join the values when two rules set one header; the site
 * never does that (`tests/unit/security-headers.test.ts` checks it), so later rules simply win.
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((r) => matches(r.path, pathname)).map((r) => r.headers));
}

/** The headers a built site's `_headers` file gives each path; none if the build has no file. */
export async function buildHeaders(
  dir: string,
): Promise<(pathname: string) => Record<string, string>> {
  const text = await readFile(join(dir, '_headers'), 'utf8').catch(() => '');
  const rules = parseHeadersFile(text);
  return (pathname) => headersFor(rules, pathname);
}
