/**
 * Where the site is deployed, read from the environment so that one build command serves the
 * local preview, GitHub Pages under a sub-path and a CDN at a domain root alike. Checked when
 * `astro.config.mjs` loads, before any build work: each wrong variable is named, with an example
 * of a good value. Runs on Node directly too (the local server), so erasable TypeScript only.
 */
type Env = Record<string, string | undefined>;

export const localSite = 'http://localhost:4321';

const siteExample = 'such as SITE_URL=https://example.org';
const baseExample = 'such as BASE_PATH=/brussels-declaration/ (or / for a domain root)';

/** Stops the build with every wrong setting, one per line, without a stack trace. */
export class DeployEnvError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Deploy settings are wrong; nothing was built:\n${problems.join('\n')}`);
    this.name = 'DeployEnvError';
    this.problems = problems;
    this.stack = '';
  }
}

/** Why `SITE_URL` is wrong, or its origin. */
function readSiteUrl(env: Env): { value: string } | { problem: string } {
  const raw = env.SITE_URL?.trim() || localSite;
  const shown = `SITE_URL="${raw}"`;
  if (!URL.canParse(raw)) {
    return { problem: `${shown} is not an absolute URL: give the site's origin, ${siteExample}` };
  }
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { problem: `${shown} must be an http or https address, ${siteExample}` };
  }
  if (url.username || url.password) {
    return { problem: `${shown} must not hold a user name or password, ${siteExample}` };
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    return {
      problem: `${shown} must be an origin without a path, query or fragment (put the path in BASE_PATH), ${siteExample}`,
    };
  }
  return { value: url.origin };
}

/** Why `BASE_PATH` is wrong, or its value with a leading and a trailing slash. */
function readBasePath(env: Env): { value: string } | { problem: string } {
  const raw = env.BASE_PATH?.trim() || '/';
  const shown = `BASE_PATH="${raw}"`;
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  if (!trimmed) return { value: '/' };
  const segments = trimmed.split('/');
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    return {
      problem: `${shown} must not contain "." or ".." segments (links would leave the site), ${baseExample}`,
    };
  }
  if (!segments.every((segment) => /^[A-Za-z0-9._~-]+$/.test(segment))) {
    return {
      problem: `${shown} must be a URL path of letters, digits, "-", "_", "." and "~" between single slashes, ${baseExample}`,
    };
  }
  return { value: `/${trimmed}/` };
}

function valueOrThrow(read: { value: string } | { problem: string }): string {
  if ('problem' in read) throw new DeployEnvError([read.problem]);
  return read.value;
}

/** `SITE_URL` (origin only, such as `https://example.org`), defaulting to the local preview. */
export function siteUrl(env: Env): string {
  return valueOrThrow(readSiteUrl(env));
}

/** `BASE_PATH` (such as `/brussels-declaration/`), always with a leading and trailing slash. */
export function basePath(env: Env): string {
  return valueOrThrow(readBasePath(env));
}

/**
 * Astro fills `import.meta.env.BASE_URL` and `SITE` from environment variables of those names
 * when they are set, overriding `base` and `site` in every page without a word. Those that
 * disagree with BASE_PATH or SITE_URL (a test runner sets both, for one) are problems.
 */
function overrideProblems(env: Env, site: string, base: string): string[] {
  const expected: Record<string, string> = { BASE_URL: base, SITE: site };
  return Object.entries(expected).flatMap(([name, value]) => {
    const set = env[name];
    if (set === undefined || set.replace(/\/+$/, '') === value.replace(/\/+$/, '')) return [];
    return [
      `${name}=${set} is set in the environment and would override ${value} in every page; ` +
        `unset it and use ${name === 'SITE' ? 'SITE_URL' : 'BASE_PATH'}`,
    ];
  });
}

/** Fails when BASE_URL or SITE in the environment disagree with BASE_PATH or SITE_URL. */
export function checkNoOverrides(env: Env): void {
  const problems = overrideProblems(env, siteUrl(env), basePath(env));
  if (problems.length) throw new DeployEnvError(problems);
}

/** `site` and `base` for `astro.config.mjs`, or every problem with the deploy variables at once. */
export function deploySettings(env: Env): { site: string; base: string } {
  const site = readSiteUrl(env);
  const base = readBasePath(env);
  const problems = [site, base].flatMap((read) => ('problem' in read ? [read.problem] : []));
  if ('value' in site && 'value' in base) {
    problems.push(...overrideProblems(env, site.value, base.value));
  }
  if (problems.length || !('value' in site) || !('value' in base)) {
    throw new DeployEnvError(problems);
  }
  return { site: site.value, base: base.value };
}
