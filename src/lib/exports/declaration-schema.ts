/**
 * The JSON Schema (draft 2020-12) of `declaration.json`, published at `/declaration.schema.json`
 * for every language's file. Descriptions say which fields are the source's words and which
 * are the editors'.
 */
const id = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } as const;
const recommendationId = { type: 'string', pattern: '^r[1-9][0-9]*$' } as const;
const text = { type: 'string', minLength: 1 } as const;
const date = { type: 'string', format: 'date' } as const;
const url = { type: 'string', format: 'uri' } as const;
const position = { type: 'integer', minimum: 1 } as const;

function object(properties: Record<string, object>, description?: string): Record<string, unknown> {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
}

const described = (schema: object, description: string) => ({ ...schema, description });

const citations = object(
  { bibtex: url, ris: url, cslJson: url },
  'Citation files: BibTeX, RIS and CSL-JSON.',
);

export function declarationSchema(schemaUrl: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: 'Brussels Declaration (2013), one language edition',
    ...object({
      $schema: described(url, 'Address of this schema.'),
      id: described(id, 'Permanent id of the declaration.'),
      lang: described({ type: 'string', pattern: '^[a-z]{2}$' }, 'Language of this edition.'),
      translation: described(
        { enum: ['original', 'translation'] },
        "'original' for the source language, 'translation' for the site's own translation.",
      ),
      url: described(url, 'The declaration in full on this site.'),
      title: described(text, 'Short title.'),
      fullTitle: described(text, "Full title, as the source's headline gives it."),
      adopted: described(date, 'Date of adoption.'),
      place: described(text, 'City of adoption.'),
      conference: object(
        {
          name: text,
          ordinal: position,
          start: date,
          end: date,
          city: text,
          host: described(text, 'Administration that hosted it.'),
        },
        'The Conference that adopted the declaration.',
      ),
      participants: described(text, "Who took part, in the source's words."),
      wcoParticipant: object({ name: text, role: text }, 'The WCO official who took part.'),
      summary: {
        type: 'array',
        description: "The source's account of the Conference, paragraph by paragraph.",
        items: text,
        minItems: 1,
      },
      acknowledgement: described(text, "The closing acknowledgement, in the source's words."),
      source: object(
        { publisher: text, kind: text, title: text, published: date },
        'The only source of the text.',
      ),
      topics: {
        type: 'array',
        description: 'The topics discussed, in the order the source lists them.',
        items: object({
          id: described(id, 'Permanent id; decides the URL.'),
          number: described(position, 'Position in the source’s list.'),
          title: described(text, 'Editorial heading.'),
          shortTitle: described(text, 'Editorial short label.'),
          sourceWording: described(text, 'The topic as the source words it.'),
          url,
          recommendations: {
            type: 'array',
            description: 'Ids of the recommendations on this topic (an editorial reading).',
            items: recommendationId,
          },
        }),
      },
      recommendations: {
        type: 'array',
        description: 'The recommendations, numbered by the editors in the order of the source.',
        minItems: 1,
        items: object({
          id: described(recommendationId, 'Permanent id: r and the number.'),
          number: position,
          title: described(text, 'Editorial heading.'),
          addressee: { enum: ['wco', 'customs-administrations'] },
          verb: { enum: ['stressed', 'encouraged', 'recommended'] },
          words: described(text, 'The words, exactly as the source gives them.'),
          topics: { type: 'array', items: id, minItems: 1 },
          previous: { anyOf: [recommendationId, { type: 'null' }] },
          next: { anyOf: [recommendationId, { type: 'null' }] },
          url: described(url, 'Permanent page.'),
          fullTextUrl: described(url, 'Its place in the full text.'),
          shortUrl: described(url, 'Short link that redirects to the permanent page.'),
          image: described(url, 'Link-preview image (PNG, 1200x630).'),
          citations,
        }),
      },
      links: object(
        {
          json: url,
          schema: url,
          akomaNtoso: described(url, 'The declaration as Akoma Ntoso 3.0 XML.'),
          image: url,
          citations,
        },
        'This edition in other formats.',
      ),
    }),
  };
}
