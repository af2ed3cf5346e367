/**
 * Pagefind gives excerpts as HTML: the page's text, escaped, with the matched terms in `<mark>`.
 * Rather than trusting that string to `innerHTML`, it is split here into plain text pieces that
 * the browser inserts as text, so nothing in an excerpt can ever become markup.
 */
import { elidedWords, joinElisions } from './search-elision.ts';

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

/** An opening quotation mark or an elided article (marked or not) that ends a cut window. */
const hangingEnd = new RegExp(
  `\\s*(?:[«“‘]|<mark>${elidedWords}’</mark>|(?<![\\p{L}\\p{N}>])${elidedWords}’)\\s*$`,
  'iu',
);

/** The words of an excerpt or a page's text, as plain text with single spaces, as on the page. */
function plainWords(text: string): string {
  return joinElisions(text.replace(/\s+/g, ' ').trim());
}

const sentenceEnd = /[.!?…]["'»”’)\]]*$/u;

/**
 * Pagefind's excerpt is a window of about thirty words of the page, cut wherever the window
 * ends. A reader taking it for a whole sentence of the report would misquote it, so an
 * ellipsis marks each cut: at the start when the window starts within a sentence, at the end
 * when it stops within one. `content` is the page's text, as Pagefind's `data()` gives it.
 * The ellipsis holds to its word with a no-break space.
 */
export function withEllipses(html: string, content: string | undefined): string {
  const excerpt = plainWords(decodeEntities(html.replace(/<\/?mark>/gi, '')));
  if (!excerpt) return html;
  const text = plainWords(content ?? '');
  const at = text.indexOf(excerpt);
  const before = at > 0 ? text.slice(0, at).trim() : '';
  const startsText = at === 0;
  const endsText = at >= 0 && at + excerpt.length === text.length;
  // Judged by what comes before, not by a capital: Pagefind ends each heading and date line of
  // its text with a full stop, and "Globally Networked Customs; free zones…" is no start. Only
  // a window not found in the text is judged by its first letter.
  const cutBefore =
    !startsText && (at >= 0 ? !sentenceEnd.test(before) : !/^[\p{Lu}\p{N}]/u.test(excerpt));
  const cutAfter = !endsText && !sentenceEnd.test(excerpt);
  // A window cut just after an opening quotation mark or an elided article ("de l’") would leave
  // it hanging: cut before it. One opening within a sentence starts at its next word, not on
  // the punctuation before it ("… ; et", "… : the fight").
  let body = html.trim();
  if (cutAfter) body = body.replace(hangingEnd, '');
  if (cutBefore) body = body.replace(/^[\s;:,]+/u, '');
  return `${cutBefore ? '…\u00a0' : ''}${body}${cutAfter ? '\u00a0…' : ''}`;
}

/**
 * A page's indexed text opens with its heading, which its result already shows above the
 * excerpt: the title as the link, a recommendation's or topic's number as the line under it.
 * An excerpt whose window opens on that heading, or within it, starts after it instead, so that
 * "Recommendation 2 Training in cybercrime. to develop training in cybercrime. …" reads "to
 * develop training in cybercrime. …". `headings` are the forms the heading may take, such as
 * "Recommendation 2 Training in cybercrime" and "Training in cybercrime"; `content` is the
 * page's text. An excerpt that is nothing but its heading is left whole.
 */
export function withoutHeading(
  parts: ExcerptPart[],
  content: string | undefined,
  headings: readonly string[],
): ExcerptPart[] {
  const text = plainWords(content ?? '');
  const heading = headings
    .map((h) => `${plainWords(h)}.`)
    .find((h) => h.length > 1 && text.startsWith(h));
  if (!heading) return parts;
  // The window as Pagefind cut it: without the ellipses `withEllipses` added at its ends.
  const shown = parts.map((part) => part.text).join('');
  const cut = shown.startsWith('…\u00a0') ? '…\u00a0'.length : 0;
  const at = text.indexOf(plainWords(shown.slice(cut).replace(/\u00a0…$/, '')));
  if (at < 0 || at >= heading.length) return parts;
  // Skip the ellipsis, then what the window holds of the heading, counted in letters and
  // punctuation (spaces may differ).
  let ellipsis = cut;
  let letters = text.slice(at, heading.length).replace(/\s/g, '').length;
  const rest: ExcerptPart[] = [];
  for (const part of parts) {
    let i = 0;
    while (i < part.text.length && (ellipsis || letters)) {
      if (ellipsis) ellipsis -= 1;
      else if (!/\s/.test(part.text[i] ?? '')) letters -= 1;
      i += 1;
    }
    if (i < part.text.length) rest.push({ text: part.text.slice(i), marked: part.marked });
  }
  const first = rest[0];
  if (first) first.text = first.text.trimStart();
  const kept = rest.filter((part) => part.text);
  return kept.length ? kept : parts;
}

/**
 * Pagefind keeps a page's text with plain spaces, so a French excerpt has lost the no-break
 * spaces of the page: the one before a colon, the narrow ones before ; ! ? and inside « ».
 * They are put back, so that no line of an excerpt starts with a colon or a closing guillemet.
 */
export function frenchSpaces(text: string): string {
  return text
    .replace(/ +:/g, '\u00a0:')
    .replace(/ +([;!?])/g, '\u202f$1')
    .replace(/« +/g, '«\u202f')
    .replace(/ +»/g, '\u202f»');
}
