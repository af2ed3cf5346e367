/**
 * Content is Markdown only. Raw HTML could carry a script or an event handler past the
 * Content-Security-Policy's intent, so every HTML node in a body is an error.
 */
import { describeRawHtml } from '../../markdown/remark-refuse-html.ts';
import type { Rule } from '../rule.ts';

export const rawHtmlRule: Rule = (set) =>
  set.entries.flatMap((entry) => {
    // `<b>bold</b>` is two HTML nodes on one line: one problem per line and kind is enough.
    const reasons = new Map<string, { line: number; reason: string }>();
    for (const { value, line } of entry.markdown.html) {
      const reason = `${describeRawHtml(value)} is not allowed in content; write Markdown only (raw HTML is refused so no script can reach a page)`;
      reasons.set(`${line} ${reason}`, { line, reason });
    }
    return [...reasons.values()].map(({ line, reason }) => ({
      file: entry.file,
      line,
      field: 'body',
      reason,
    }));
  });
