/**
 * What the site publishes is the World Customs Organization's report of the declaration. No
 * page, export or citation file may claim more than the report says: a full text, a count it
 * does not give, an absence it does not state, or an authentic French text. The phrases below
 * are the ways earlier editions of this site said so; keep adding to the list, never remove.
 */
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../support/dist-pages';

const distDir = inject('distDir');

/** Claims the report does not support, in either language, as case-insensitive patterns. */
const claims: [RegExp, string][] = [
  [/\bfull text\b/i, 'a full text: the report is not the declaration’s text'],
  [/\bfull declaration\b/i, 'the full declaration'],
  [/\bwhole declaration\b/i, 'the whole declaration'],
  [/\bwords of the declaration\b/i, 'the declaration’s own words'],
  [/\btexte intégral\b/i, 'a full text (French)'],
  [/\bdéclaration (?:complète|intégrale)\b/i, 'the full declaration (French)'],
  [/\btermes de la déclaration\b/i, 'the declaration’s own words (French)'],
  [/\b(?:six|6) recommendations\b/i, 'a count of recommendations the report does not give'],
  [/\b(?:six|6) recommandations\b/i, 'a count of recommendations (French)'],
  [
    /\b(?:its|the|all) (?:twelve|12) topics\b/i,
    'a count of topics written as a fact of the declaration',
  ],
  [/\b(?:ses|les) (?:douze|12) thèmes\b/i, 'a count of topics (French)'],
  [/without a specific recommendation/i, 'an absence the report does not state'],
  [/sans recommandation spécifique/i, 'an absence the report does not state (French)'],
  [/\bfait foi\b/i, 'an authentic text: the English is the report, and the French ours'],
  [/\baddressed to\b/i, 'an addressee the report does not name for every recommendation'],
  [/\bdestinataire\b/i, 'an addressee (French)'],
  [/\bthe declaration (?:says|states|contains)\b/i, 'the declaration’s own words'],
  [
    /\b(?:every|each and every|all(?: the)?) (?:topic and )?recommendations?\b(?! the report names)/i,
    'all the recommendations: the report names some “in particular”',
  ],
  [
    /\btoutes les recommandations\b(?! que (?:cite|nomme|mentionne) l’article)/i,
    'all the recommendations (French)',
  ],
  [
    /\badopted by (?:the )?Francophone administrations\b/i,
    'who adopted it: the report names a Conference of Directors General of Customs of totally or partially Francophone countries',
  ],
  [/\badoptée par (?:des|les) administrations francophones\b/i, 'who adopted it (French)'],
  [/\bas it names itself\b/i, 'what an administration calls itself, which the report does not say'],
  [/\bcomme elle se nomme\b/i, 'what an administration calls itself (French)'],
  [
    /\bits (?:own )?French name\b/i,
    'an official French name the report does not give: the translation is the editors’',
  ],
  [/\bson nom français\b/i, 'an official French name (French)'],
  [
    /\bglossary,? drawn from the report/i,
    'a glossary from the report alone: it adds acronyms and spellings in common use',
  ],
  [/\bglossaire,? tiré des (?:mots|termes) mêmes de l’article/i, 'the glossary’s source (French)'],
];

/** Every file a reader or a program can fetch, as text: pages, exports, citations, feeds. */
const textFiles = (await listFiles(distDir)).filter(
  (file) => !file.startsWith('pagefind/') && /\.(html|json|xml|bib|ris|txt|atom)$/.test(file),
);

async function readable(file: string): Promise<string> {
  const raw = await readFile(`${distDir}/${file}`, 'utf8');
  if (!file.endsWith('.html')) return raw;
  const { document } = parseHTML(raw);
  // What a reader meets: the visible text, the title and the descriptions in the head.
  const head = [...document.querySelectorAll('title, meta[content]')].map(
    (element) => element.textContent || element.getAttribute('content') || '',
  );
  return [...head, document.body?.textContent ?? ''].join('\n');
}

describe('no page, export or citation claims more than the report says', () => {
  it('has files to read, pages and exports among them', () => {
    expect(textFiles.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(10);
    expect(textFiles).toContain('declaration.json');
    expect(textFiles).toContain('fr/declaration.akn.xml');
    expect(textFiles.some((f) => f.endsWith('cite.bib'))).toBe(true);
  });

  it.each(textFiles)('%s makes none of the listed claims', async (file) => {
    const text = await readable(file);
    const found = claims.filter(([pattern]) => pattern.test(text)).map(([, why]) => why);
    expect(found).toEqual([]);
  });

  it('catches each listed claim, so an empty result means something', () => {
    const samples = [
      'the full text',
      'the full declaration',
      'the whole declaration',
      'the words of the declaration',
      'son texte intégral',
      'la déclaration complète',
      'les termes de la déclaration',
      'its six recommendations',
      'les six recommandations',
      'its twelve topics',
      'ses douze thèmes',
      'discussed without a specific recommendation',
      'sans recommandation spécifique',
      'le texte anglais fait foi',
      'Addressed to: the WCO',
      'Destinataire : l’OMD',
      'the declaration says',
      'Every topic and recommendation is listed below',
      'Tous les thèmes et toutes les recommandations sont listés',
      'The declaration was adopted by Francophone administrations',
      'La déclaration a été adoptée par des administrations francophones',
      'names the Belgian administration as it names itself',
      'nomme l’administration belge comme elle se nomme',
      'gives the Belgian administration its French name',
      'donne à l’administration belge son nom français',
      'A glossary drawn from the report’s own wording',
      'Un glossaire tiré des termes mêmes de l’article',
    ];
    expect(samples.map((sample) => claims.some(([pattern]) => pattern.test(sample)))).toEqual(
      samples.map(() => true),
    );
    expect(samples).toHaveLength(claims.length);
  });
});
