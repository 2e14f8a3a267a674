// Text typed in the site's own files (MDX props, front matter) as a reader of the locale expects
// it set, as the Markdown processor sets prose: French gets its no-break spaces, English its
// typographic quotes and apostrophes.

import { typographicQuotes } from '../format/typographicQuotes';
import { frenchSpacing } from './frenchSpacing';
import type { Locale } from './locales';

export function typeset(text: string, locale: Locale): string {
  return locale === 'fr' ? frenchSpacing(text) : typographicQuotes(text);
}
