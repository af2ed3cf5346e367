/**
 * A content file's bytes as text. Content is UTF-8: a file in another encoding would publish
 * replacement characters in every page and export, so the first byte that is not UTF-8 is
 * reported with its line. A byte-order mark and Windows (CRLF) line ends are fine: they are
 * removed here, as Astro removes them, and line numbers stay the file's own.
 */
export type Decoded =
  | { ok: true; text: string }
  | { ok: false; line: number; column: number; byte: number; utf16?: true };

const isContinuation = (byte: number | undefined) =>
  byte !== undefined && byte >= 0x80 && byte <= 0xbf;

/** Length of the valid UTF-8 sequence that starts at `at`, or 0 if it is not one. */
function sequenceLength(bytes: Uint8Array, at: number): number {
  const first = bytes[at] ?? 0;
  if (first < 0x80) return 1;
  const second = bytes[at + 1];
  if (first >= 0xc2 && first <= 0xdf) return isContinuation(second) ? 2 : 0;
  if (second === undefined) return 0;
  // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
  const [low, high, length] =
    first === 0xe0
      ? [0xa0, 0xbf, 3]
      : first === 0xed
        ? [0x80, 0x9f, 3]
        : first >= 0xe1 && first <= 0xef
          ? [0x80, 0xbf, 3]
          : first === 0xf0
            ? [0x90, 0xbf, 4]
            : first >= 0xf1 && first <= 0xf3
              ? [0x80, 0xbf, 4]
              : first === 0xf4
                ? [0x80, 0x8f, 4]
                : [1, 0, 0];
  if (second < low || second > high) return 0;
  for (let i = 2; i < length; i++) if (!isContinuation(bytes[at + i])) return 0;
  return length;
}

/** Offset of the first byte that is not part of valid UTF-8, or -1 if all of it is. */
export function firstInvalidByte(bytes: Uint8Array): number {
  for (let at = 0; at < bytes.length;) {
    const length = sequenceLength(bytes, at);
    if (!length) return at;
    at += length;
  }
  return -1;
}

export function decodeContent(bytes: Uint8Array): Decoded {
  // Windows editors save "Unicode" as UTF-16, which starts with its byte-order mark.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, line: 1, column: 1, byte: bytes[0], utf16: true };
  }
  const bad = firstInvalidByte(bytes);
  if (bad >= 0) {
    const before = bytes.subarray(0, bad);
    const lineStart = before.lastIndexOf(0x0a) + 1;
    return {
      ok: false,
      line: before.filter((byte) => byte === 0x0a).length + 1,
      column: bad - lineStart + 1,
      byte: bytes[bad] ?? 0,
    };
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}

/** The line (from 1) of a character offset in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}
