/**
 * Where the site is deployed, read from the environment so that one build command serves the
 * local preview, GitHub Pages under a sub-path and a CDN at a domain root alike.
 */
type Env = Record<string, string | undefined>;

export const localSite = 'http://localhost:4321';

/** `SITE_URL` (origin only, such as `https://example.org`), defaulting to the local preview. */
export function siteUrl(env: Env): string {
  const raw = env.SITE_URL?.trim() || localSite;
  const url = new URL(raw);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL must be an origin without a path (put the path in BASE_PATH): ${raw}`,
    );
  }
  return url.origin;
}

/** `BASE_PATH` (such as `/brussels-declaration/`), always with a leading and trailing slash. */
export function basePath(env: Env): string {
  const raw = env.BASE_PATH?.trim() || '/';
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  if (trimmed && !/^[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/.test(trimmed)) {
    throw new Error(`BASE_PATH must be a URL path such as /brussels-declaration/: ${raw}`);
  }
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Astro fills `import.meta.env.BASE_URL` and `SITE` from environment variables of those names
 * when they are set, overriding `base` and `site` in every page without a word. Fails the build
 * instead when one disagrees with BASE_PATH or SITE_URL (a test runner sets both, for one).
 */
export function checkNoOverrides(env: Env): void {
  const expected: Record<string, string> = { BASE_URL: basePath(env), SITE: siteUrl(env) };
  for (const [name, value] of Object.entries(expected)) {
    const set = env[name];
    if (set !== undefined && set.replace(/\/+$/, '') !== value.replace(/\/+$/, '')) {
      throw new Error(
        `${name}=${set} is set in the environment and would override ${value} in every page; ` +
          `unset it and use ${name === 'SITE' ? 'SITE_URL' : 'BASE_PATH'}`,
      );
    }
  }
}
