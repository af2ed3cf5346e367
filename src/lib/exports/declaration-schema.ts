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

const mark = object({
  kind: { enum: ['recommendation', 'topic'] },
  id: described(id, "The recommendation's or the topic's id."),
  start: described({ type: 'integer', minimum: 0 }, 'Offset of its first character in `text`.'),
  end: described({ type: 'integer', minimum: 1 }, 'Offset just after its last character.'),
});

export function declarationSchema(schemaUrl: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title:
      'Brussels Declaration (2013) as reported by the World Customs Organization, one language edition',
    description:
      "The report is the only source: `text` is its text (in a translation, the site's). Numbers, ids, titles, names, `concerns` and the links between recommendations and topics are the editors'.",
    ...object({
      $schema: described(url, 'Address of this schema.'),
      id: described(id, 'Permanent id of the declaration.'),
      lang: described({ type: 'string', pattern: '^[a-z]{2}$' }, 'Language of this edition.'),
      translation: described(
        { enum: ['original', 'translation'] },
        "'original' for the report's own text, 'translation' for the site's own translation of it.",
      ),
      status: described(text, 'What the text is and where it comes from, in one line.'),
      url: described(url, 'The text on this site.'),
      editionDate: described(
        date,
        'Date of this edition: its latest change, as the log of changes gives it (`links.changes`).',
      ),
      title: described(text, 'Short title of the declaration.'),
      adopted: described(date, 'Date of adoption, as the report gives it.'),
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
      wcoParticipant: object({ name: text, role: text }, 'The WCO official who took part.'),
      source: object(
        { publisher: text, kind: text, title: text, published: date },
        'The only source: the report, by its publisher, kind, headline and date.',
      ),
      text: object(
        {
          headline: described(text, "The report's heading."),
          dateline: described(text, "The report's date line, as printed."),
          paragraphs: {
            type: 'array',
            description: "The report's paragraphs, complete and in order.",
            minItems: 1,
            items: object({
              number: position,
              text,
              url: described(url, "The paragraph's anchor in the text."),
              marks: {
                type: 'array',
                description: "Where the recommendations' words and the topics' wording stand.",
                items: mark,
              },
            }),
          },
        },
        "The report's text, word for word (in a translation, the site's translation).",
      ),
      topics: {
        type: 'array',
        description: 'The topics discussed, in the order the report lists them.',
        items: object({
          id: described(id, 'Permanent id; decides the URL.'),
          number: described(position, 'The editors’ number: its place in the report’s list.'),
          name: described(text, 'The editors’ short name.'),
          sourceWording: described(text, 'The topic as the report words it.'),
          url,
          recommendations: {
            type: 'array',
            description: 'Ids of the recommendations the editors relate to this topic.',
            items: recommendationId,
          },
        }),
      },
      recommendations: {
        type: 'array',
        description:
          'The recommendations the report names, numbered by the editors in the order it gives them.',
        minItems: 1,
        items: object({
          id: described(recommendationId, 'Permanent id: r and the editors’ number.'),
          number: described(position, 'The editors’ number; the report numbers none.'),
          title: described(text, 'The editors’ short title.'),
          concerns: described(
            { enum: ['wco', 'customs-administrations'] },
            'Whom the words concern, in the editors’ reading.',
          ),
          verb: described(
            { enum: ['stressed', 'encouraged', 'recommended'] },
            'The verb the report uses.',
          ),
          words: described(text, 'The words, exactly as they stand in the text.'),
          paragraph: described(position, 'The paragraph of the text that holds them.'),
          topics: described(
            { type: 'array', items: id, minItems: 1 },
            'Topics the editors relate it to.',
          ),
          previous: { anyOf: [recommendationId, { type: 'null' }] },
          next: { anyOf: [recommendationId, { type: 'null' }] },
          url: described(url, 'Permanent page.'),
          textUrl: described(url, 'Its place in the text.'),
          shortUrl: described(url, 'Short link that redirects to the permanent page.'),
          image: described(url, 'Link-preview image (PNG, 1200x630).'),
          citations,
        }),
      },
      links: object(
        {
          json: url,
          schema: url,
          akomaNtoso: described(url, 'This edition as Akoma Ntoso 3.0 XML.'),
          changes: described(url, 'The log of changes to this edition.'),
          changesFeed: described(url, 'The log of changes as an Atom feed.'),
          image: url,
          citations,
        },
        'This edition in other formats.',
      ),
    }),
  };
}
