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

/** "Reuters, 27 January 2025": the outlet and, when known, the date. */
export function citationLabel(source: Source, locale: Locale): string {
  return source.date ? `${source.outlet}, ${formatDate(source.date, { locale, style: 'long' })}` : source.outlet;
}
