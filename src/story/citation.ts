// How the story points a reader at a source: the outlet's name, linked to the article itself when its
// address is known (the outlet's site or a publication carrying it), otherwise to the source's entry
// on the methods page, where archived copies are listed next to the outlet they copy.

import type { Source } from '../data/datasets';
import { formatDate } from '../format/formatValue';
import type { Locale } from '../i18n/locales';
import { localizedPath } from '../url/pathWithBase';

/** Anchor of a source's entry on the methods page. */
export const sourceAnchor = (source: Pick<Source, 'id'>) => `source-${source.id}`;

export function citationHref(source: Source, locale: Locale): string {
  return source.url ?? `${localizedPath(locale, 'methods/')}#${sourceAnchor(source)}`;
}

/** The outlet's name in the edition's language (most are proper names, the same in both). */
export const outletName = (source: Source, locale: Locale): string => (locale === 'fr' && source.outlet_fr) || source.outlet;

/** "Reuters, 27 January 2025": the outlet and, when known, the date. */
export function citationLabel(source: Source, locale: Locale): string {
  const outlet = outletName(source, locale);
  return source.date ? `${outlet}, ${formatDate(source.date, { locale, style: 'long' })}` : outlet;
}

/**
 * The site a quote is read at when that page is not the credited source's own article (a copy that
 * prints it word for word), e.g. "financetom.com"; undefined when the link is the article itself.
 */
export function verbatimCopyHost(source: Source, verbatimUrl: string): string | undefined {
  if (source.url === verbatimUrl) return undefined;
  return new URL(verbatimUrl).hostname.replace(/^www\./, '');
}
