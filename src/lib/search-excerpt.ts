/**
 * Pagefind gives excerpts as HTML: the page's text, escaped, with the matched terms in `<mark>`.
 * Rather than trusting that string to `innerHTML`, it is split here into plain text pieces that
 * the browser inserts as text, so nothing in an excerpt can ever become markup.
 */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the entities an escaped text can hold; anything else stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] !== '#') return namedEntities[body.toLowerCase()] ?? entity;
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff
      ? String.fromCodePoint(code)
      : entity;
  });
}

/** A marked run's punctuation before and after its word: `(AEOs).` is `(`, `AEOs`, `).`. */
const wordWithin = /^([^\p{L}\p{N}]*)([\s\S]*?)([^\p{L}\p{N}]*)$/u;

/** Adds a part, joining it to the one before when both are marked or both plain. */
function push(parts: ExcerptPart[], part: ExcerptPart) {
  if (!part.text) return;
  const last = parts.at(-1);
  if (last && last.marked === part.marked) last.text += part.text;
  else parts.push({ ...part });
}

/**
 * Splits an excerpt into text pieces, each marked or not. Any other tag stays visible text.
 * Pagefind marks a word with the punctuation around it (`<mark>cybercrime;</mark>`); the mark
 * here covers the word only.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) marked = true;
    else if (/^<\/mark>$/i.test(piece)) marked = false;
    else if (piece && !marked) push(parts, { text: decodeEntities(piece), marked });
    else if (piece) {
      const [, before = '', word = '', after = ''] = wordWithin.exec(decodeEntities(piece)) ?? [];
      push(parts, { text: before, marked: false });
      push(parts, { text: word, marked: true });
      push(parts, { text: after, marked: false });
    }
  }
  return parts;
}
