// How a chart-data table cell is shown on the page, in the reader's language: dates and numbers
// through the shared formatter, codes (sessions, events, bases) in words. The CSV downloads keep
// the raw values; this only dresses them for reading.

import { formatDate, formatTime, formatValue } from '../format/formatValue';
import type { Locale } from '../i18n/locales';
import { hasPageText, pageText } from '../i18n/pageText';
import type { Cell } from './chartTables';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoInstant = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):00(\.000)?Z$/;

/** A column's heading: `table.column.<name>` where the strings have one, the CSV name otherwise. */
export function columnLabel(column: string, locale: Locale): string {
  const key = `table.column.${column}`;
  return hasPageText(locale, key) ? pageText(locale, key) : column;
}

/** A table's caption: `table.name.<name>` where the strings have one, the file stem otherwise. */
export function tableLabel(name: string, locale: Locale): string {
  const key = `table.name.${name}`;
  return hasPageText(locale, key) ? pageText(locale, key) : name;
}

export function displayCell(value: Cell, column: string, locale: Locale): string {
  // Changes in percent are signed, at the precision the table gives, two decimals at most on the page
  // (the CSV keeps them all); the column heading says "%".
  if (typeof value === 'object') {
    const digits = Math.min(value.digits, 2);
    return formatValue(value.value, { kind: 'number', digits, signed: column === 'change_pct' }, { locale });
  }
  if (typeof value === 'number') {
    const decimals = Math.min(4, String(value).split('.')[1]?.length ?? 0);
    return formatValue(value, { kind: 'number', digits: decimals }, { locale });
  }
  if (isoDate.test(value)) return formatDate(value, { locale, style: 'medium' });
  const instant = isoInstant.exec(value);
  if (instant) return `${formatDate(instant[1]!, { locale, style: 'short' })}, ${formatTime(instant[2]!, { locale })} UTC`;
  const key = `table.value.${column}.${value}`;
  // Company names are written in the reader's language where they differ ("TSMC (actions américaines)").
  return hasPageText(locale, key) ? pageText(locale, key) : value;
}
