/**
 * The log of changes as an Atom feed (RFC 4287), one per language: each change an entry, dated
 * the day it was made, its body as HTML, why it was made as the summary and the kinds of page
 * it changed as categories. Changes that share a day are a minute apart in the log's order
 * (`changeInstants`), so a reader sorting by date lists them as the log does; the feed's
 * `updated` is its latest entry's, on the edition's date. Valid against the RFC's RELAX NG
 * schema (tests/build/changes-feed.test.ts).
 */
import { languageTags, locales } from '../../i18n/locales.ts';
import { translate } from '../../i18n/ui.ts';
import { changeAnchor } from '../anchors.ts';
import { changeInstants, latestChange } from '../changes.ts';
import type { Edition, EditionChange } from '../edition.ts';
import { essence, mediaTypes } from '../media-types.ts';
import { absoluteUrl, aboutPath, changesFeedPath, changesPath } from '../urls.ts';
import { escapeXml } from './akoma-ntoso.ts';

/** The feed's own type, as its links to itself and its other language name it. */
const feedType = essence(mediaTypes.atom);

type Site = URL | string | undefined;

/** An RFC 3339 date-time, to the second. */
const atomDate = (instant: Date) => instant.toISOString().replace(/\.\d{3}Z$/, 'Z');

export interface AtomOptions {
  /** Each change's body as HTML, by change id. */
  html: ReadonlyMap<string, string>;
}

function entry(
  edition: Edition,
  change: EditionChange,
  instant: Date,
  site: Site,
  html: string,
): string {
  const { lang } = edition;
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(lang, key, values);
  const url = absoluteUrl(`${changesPath(lang)}#${changeAnchor(change.id)}`, site);
  const pages = change.pages.map((part) => t(`changes.part.${part}`)).join(', ');
  const content = `${html}<p>${escapeXml(t('label.value', { label: t('changes.pages'), value: pages }))}</p>`;
  const categories = change.pages
    .map((part) => `    <category term="${part}" label="${escapeXml(t(`changes.part.${part}`))}"/>`)
    .join('\n');
  return `  <entry>
    <id>${escapeXml(url)}</id>
    <title>${escapeXml(change.title)}</title>
    <published>${atomDate(instant)}</published>
    <updated>${atomDate(instant)}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
${categories}
    <summary>${escapeXml(change.why)}</summary>
    <content type="html">${escapeXml(content)}</content>
  </entry>`;
}

export function atomFeed(edition: Edition, site: Site, { html }: AtomOptions): string {
  const { lang } = edition;
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    escapeXml(translate(lang, key, values));
  const url = (path: string) => escapeXml(absoluteUrl(path, site));
  const siteName = translate(lang, 'site.name');
  const others = locales
    .filter((other) => other !== lang)
    .map(
      (other) =>
        `  <link rel="alternate" type="${feedType}" hreflang="${languageTags[other]}" href="${url(changesFeedPath(other))}"/>`,
    );
  const instants = changeInstants(edition.changes);
  const instantOf = (change: EditionChange) => instants.get(change.id) ?? change.date;
  const entries = edition.changes.map((change) =>
    entry(edition, change, instantOf(change), site, html.get(change.id) ?? ''),
  );
  // The latest change's instant: on the edition's date, and no earlier than any entry.
  const updated = instantOf(latestChange(edition.changes));
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${languageTags[lang]}">
  <id>${url(changesPath(lang))}</id>
  <title>${t('changes.feedTitle', { site: siteName })}</title>
  <subtitle>${t('changes.description')}</subtitle>
  <updated>${atomDate(updated)}</updated>
  <author>
    <name>${t('changes.feedAuthor', { site: siteName })}</name>
    <uri>${url(aboutPath(lang))}</uri>
  </author>
  <link rel="self" type="${feedType}" href="${url(changesFeedPath(lang))}"/>
  <link rel="alternate" type="text/html" hreflang="${languageTags[lang]}" href="${url(changesPath(lang))}"/>
${others.join('\n')}
${entries.join('\n')}
</feed>
`;
}
