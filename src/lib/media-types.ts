/**
 * The media types of the files the site publishes for programs, with their charset. One table
 * for the endpoints that write the files, the `_headers` file that tells hosts, and the local
 * server: hosts guess a type from the extension, and guess these badly (`.bib` and `.ris` as
 * bytes or plain text, a CSL `cite.json` as any JSON, `.akn.xml` as any XML).
 * Runs on Node directly too (the local server): erasable TypeScript only.
 */
import type { CitationFormat } from './urls.ts';

export const mediaTypes = {
  bibtex: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  cslJson: 'application/vnd.citationstyles.csl+json; charset=utf-8',
  akomaNtoso: 'application/akn+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonSchema: 'application/schema+json; charset=utf-8',
} as const;

/** A type without its parameters (`application/x-bibtex`), as a link's `type` hint gives it. */
export function essence(type: string): string {
  return type.split(';')[0]?.trim() ?? type;
}

/** Each citation file's type, by its format (`cite.bib`, `cite.ris`, `cite.json`). */
export const citationTypes: Record<CitationFormat, string> = {
  bib: mediaTypes.bibtex,
  ris: mediaTypes.ris,
  json: mediaTypes.cslJson,
};

/**
 * Files whose type their extension does not say, by name: an entry starting with a dot is an
 * ending (`.akn.xml`), any other a whole file name (`cite.json`, not every `.json`).
 */
const byName: readonly (readonly [string, string])[] = [
  ['cite.json', mediaTypes.cslJson],
  ['.akn.xml', mediaTypes.akomaNtoso],
  ['.bib', mediaTypes.bibtex],
  ['.ris', mediaTypes.ris],
  ['.atom', mediaTypes.atom],
];

/** The type of a published file from its name, if the table above has one. */
export function mediaTypeOf(name: string): string | undefined {
  return byName.find(([pattern]) =>
    pattern.startsWith('.') ? name.endsWith(pattern) : name === pattern,
  )?.[1];
}
