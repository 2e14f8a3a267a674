// Picks the French column of a data row (`<field>_fr`) in the French edition, the field itself
// otherwise. Only files this project wrote have French columns; sourced text stays as published.

import type { Locale } from './locales';

export function localized<Row extends object, Field extends keyof Row & string>(row: Row, field: Field, locale: Locale): Row[Field] {
  if (locale === 'fr') {
    const french = (row as Record<string, unknown>)[`${field}_fr`];
    if (french !== undefined) return french as Row[Field];
  }
  return row[field];
}
