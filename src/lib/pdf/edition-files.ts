/**
 * The edition's PDF in each language, rendered once per build and shared by the file's own
 * route and the pages that link to it with its size.
 */
import { formatLocales, type Lang, locales } from '../../i18n/locales.ts';
import { translate } from '../../i18n/ui.ts';
import { type Edition, loadEdition } from '../edition.ts';
import { editionPdfPath } from '../urls.ts';
import { renderEditionPdf } from './edition-pdf.ts';
import { editionPdfInput } from './edition-pdf-input.ts';

const rendered = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/** The PDF of `edition`, with its addresses made absolute from `site`. */
export function editionPdf(
  edition: Edition,
  site: URL | string | undefined,
): Promise<Uint8Array<ArrayBuffer>> {
  const key = `${edition.lang} ${String(site)}`;
  let pdf = rendered.get(key);
  if (!pdf) {
    pdf = renderEditionPdf(editionPdfInput(edition, site));
    rendered.set(key, pdf);
  }
  return pdf;
}

export interface EditionDownload {
  /** The file's language. */
  lang: Lang;
  href: string;
  bytes: number;
  /** Link text in the page's language: "In French", "En anglais". */
  label: string;
  /** Its format and size in the page's language: "PDF, 48 KB". */
  size: string;
  /** The language and size alone, for a line that already says PDF: "French (48 KB)". */
  short: string;
}

/** Every language's PDF, the page's own first, described in the page's language. */
export async function editionDownloads(
  pageLang: Lang,
  site: URL | string | undefined,
): Promise<EditionDownload[]> {
  const ordered = [pageLang, ...locales.filter((lang) => lang !== pageLang)];
  const names = new Intl.DisplayNames(formatLocales[pageLang], { type: 'language' });
  return Promise.all(
    ordered.map(async (lang) => {
      const edition = await loadEdition(lang);
      const bytes = (await editionPdf(edition, site)).byteLength;
      const kilobytes = new Intl.NumberFormat(pageLang).format(Math.round(bytes / 1000));
      return {
        lang,
        href: editionPdfPath(lang, edition.declaration.data.id),
        bytes,
        label: translate(pageLang, 'downloads.pdf', { language: names.of(lang) ?? lang }),
        size: translate(pageLang, 'downloads.size', { size: kilobytes }),
        short: translate(pageLang, 'downloads.short', {
          language: names.of(lang) ?? lang,
          size: kilobytes,
        }),
      };
    }),
  );
}
