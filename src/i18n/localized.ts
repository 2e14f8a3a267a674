// Picks the French column of a data row (`<field>_fr`) in the French edition, the field itself
// otherwise, set as the locale's prose is (typeset). Only files this project wrote have French
// columns; sourced text stays as published.

import type { Locale } from './locales';
import { typeset } from './typeset';

export function localized<Row extends object, Field extends keyof Row & string>(row: Row, field: Field, locale: Locale): Row[Field] {
  if (locale === 'fr') {
    const french = (row as Record<string, unknown>)[`${field}_fr`];
    if (typeof french === 'string') return typeset(french, locale) as Row[Field];
    if (french !== undefined) return french as Row[Field];
  }
  const value = row[field];
  return (typeof value === 'string' ? typeset(value, locale) : value) as Row[Field];
}
