/**
 * Where a link may lead. Allowed: `http:` and `https:` addresses, `mailto:`, paths on this
 * site (`/about/`) and fragments (`#r3`). Everything else is refused: `javascript:`,
 * `vbscript:`, `data:` and `file:` can run script or reach the reader's disk; any other scheme
 * opens something outside the browser; a relative path (`about/`) changes meaning with the page
 * it is on; `//host` hides its scheme. Browsers ignore case, spaces, tabs and line breaks in a
 * scheme, so the check does too. Images may only come from the site itself: anything else would
 * be a request to another site. The same holds in frontmatter fields, which are text on the
 * pages but go as they are into `declaration.json`.
 */
import { linksIn, type LinkTarget } from '../markdown.ts';
import { problemAt, stringFields, type Rule } from '../rule.ts';

/** Why a link to `url` is refused, or undefined if it is allowed. */
export function linkProblem(url: string, kind: LinkTarget['kind']): string | undefined {
  // What a browser reads: ASCII whitespace and control characters removed, any case, and a
  // backslash read as a slash (so `/\evil.example` is the address of another site).
  const target = url
    .replace(/[\u0000-\u0020\u007f]+/g, '')
    .replace(/\\/g, '/')
    .toLowerCase();
  const shown = `"${url.length > 60 ? `${url.slice(0, 57)}...` : url}"`;
  if (!target) return 'empty link target: give the address the link leads to';
  if (target.startsWith('#')) return undefined;
  if (target.startsWith('//')) {
    const address = url.trim().replace(/\\/g, '/').replace(/^\/+/, '//');
    return `${shown} has no scheme: write it in full, such as https:${address}`;
  }
  if (target.startsWith('/')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(target)?.[1];
  if (kind === 'image') {
    return `image ${shown} is not on this site: images may only be site paths such as /images/map.png (anything else is a request to another site)`;
  }
  if (scheme === 'http' || scheme === 'https' || scheme === 'mailto') return undefined;
  if (scheme) {
    return `link to ${shown} refused: "${scheme}:" links are not allowed; use http(s), mailto, a site path (/…) or a fragment (#…)`;
  }
  return `link to ${shown} refused: a relative path changes meaning with the page it is on; start it with / (a site path) or #`;
}

export const linksRule: Rule = (set) =>
  set.entries.flatMap((entry) => [
    ...entry.markdown.links.flatMap((link) => {
      const reason = linkProblem(link.url, link.kind);
      return reason ? [{ file: entry.file, line: link.line, field: 'body', reason }] : [];
    }),
    ...stringFields(entry.data).flatMap(({ path, text }) =>
      linksIn(text).flatMap((link) => {
        const reason = linkProblem(link.url, link.kind);
        return reason ? [problemAt(entry, path, reason)] : [];
      }),
    ),
  ]);
