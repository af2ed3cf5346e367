/**
 * What a search query asks beyond its words. Phrases in quotation marks: Pagefind takes quoted
 * words as exact words but not as a phrase ("programme building" finds "capacity building
 * programme"), so the search page keeps only the pages whose text holds each phrase as written,
 * words in order; case, accents, apostrophes and punctuation do not count. And an entry named
 * by kind and number ("recommendation 3"). No dependencies: the browser bundle imports it.
 */

/** Straight, curly and French quotation marks around a phrase. */
const quoted = /"([^"]+)"|“([^”]+)”|«([^»]+)»/gu;

/** A text's words, lower case and without accents, joined by single spaces. */
export function foldedWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The phrases of two words or more that `query` puts in quotation marks, folded. */
export function quotedPhrases(query: string): string[] {
  return [...query.matchAll(quoted)]
    .map((match) => foldedWords(match[1] ?? match[2] ?? match[3] ?? ''))
    .filter((phrase) => phrase.includes(' '));
}

/**
 * Whether `text` holds every phrase, each as a run of whole words within one sentence: a phrase
 * never runs from the report's words on into the editors' next label ("level. Concerns: …").
 */
export function holdsPhrases(text: string, phrases: readonly string[]): boolean {
  const sentences = text.split(/[.!?…]+(?=\s|$)/u).map((sentence) => ` ${foldedWords(sentence)} `);
  return phrases.every((phrase) => sentences.some((words) => words.includes(` ${phrase} `)));
}

/**
 * The query as a message repeats it inside its own quotation marks: the quotes the reader
 * typed become the inner pair of the language (“‘capacity building’ WCO”, « “renforcement
 * des capacités” »), never “"…"” or « « … » ».
 */
export function nestedQuotes(query: string, lang: string): string {
  const [open, close] = lang.startsWith('fr') ? ['“', '”'] : ['‘', '’'];
  return query.replace(
    quoted,
    (_, straight?: string, curly?: string, french?: string) =>
      `${open}${(straight ?? curly ?? french ?? '').trim()}${close}`,
  );
}

/** The words that name a kind of entry with its editors' number, in the edition's languages. */
const entryWords: Record<string, string> = {
  recommendation: 'recommendation',
  recommendations: 'recommendation',
  recommandation: 'recommendation',
  recommandations: 'recommendation',
  rec: 'recommendation',
  topic: 'topic',
  topics: 'topic',
  theme: 'topic',
  themes: 'topic',
};

/**
 * The entry a query names by kind and number ("recommendation 3", « thème 2 »), if it is only
 * that: the reader means that one entry, whatever else mentions the number.
 */
export function numberedEntry(query: string): { type: string; number: string } | undefined {
  const match = /^([\p{L}]+)\s+(\d+)$/u.exec(foldedWords(query));
  const type = match && entryWords[match[1] ?? ''];
  return type && match[2] ? { type, number: String(Number(match[2])) } : undefined;
}
