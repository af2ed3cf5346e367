/**
 * Invisible characters that disguise text: control characters, bidirectional overrides and
 * isolates (which can show a reader words in another order than the file holds), and
 * zero-width spaces (which split a word so search no longer finds it). Tabs and line breaks are
 * fine; so are the no-break spaces French typography needs.
 */
import { lineAt } from '../text.ts';
import { problemAt, stringFields, type Rule } from '../rule.ts';

const invisible =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2066-\u2069\ufeff]/;

function describe(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const name =
    code >= 0x202a && code <= 0x202e
      ? 'a bidirectional override'
      : code >= 0x2066 && code <= 0x2069
        ? 'a bidirectional isolate'
        : code === 0x200b
          ? 'a zero-width space'
          : code === 0xfeff
            ? 'a zero-width no-break space'
            : 'a control character';
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  return `contains ${name} (U+${hex}), invisible on the page: remove it`;
}

export const charactersRule: Rule = (set) =>
  set.entries.flatMap((entry) => {
    const inBody = invisible.exec(entry.body);
    return [
      ...stringFields(entry.data).flatMap(({ path, text }) => {
        const found = invisible.exec(text);
        return found ? [problemAt(entry, path, describe(found[0]))] : [];
      }),
      ...(inBody
        ? [
            {
              file: entry.file,
              line: entry.bodyLine + lineAt(entry.body, inBody.index) - 1,
              field: 'body',
              reason: describe(inBody[0]),
            },
          ]
        : []),
    ];
  });
