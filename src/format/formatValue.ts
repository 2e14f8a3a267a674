// The one formatter for every figure the reader sees: prose, chart labels, axes and tables.
// It turns a number (or an ISO date) and a format description into locale-aware text; it does not
// know where the number came from. Each kind is written by its own function (numbers.ts, dates.ts),
// which charts call directly; the kinds only prose prints are written here.

import type { Locale } from '../i18n/locales';
import { dateParts, formatDate, formatTime, type DateStyle } from './dates';
import {
  formatCount,
  formatFold,
  formatNumber,
  formatOrdinal,
  formatPercent,
  formatTimes,
  formatUsd,
  formatUsdBillions,
  formatUsdMillions,
  formatUsdTrillions,
  NBSP,
  times,
  type Words,
} from './numbers';

export { formatDate, formatTime, type DateStyle } from './dates';
export { newsDigits } from './numbers';

export type ValueFormat =
  /** A ratio shown as a percentage: -0.1697 → "−16.97%". `signed` adds "+" to gains. */
  | { kind: 'percent'; digits?: number; signed?: boolean }
  /** A price in US dollars: 118.42 → "$118.42". */
  | { kind: 'usd'; digits?: number }
  /** US dollars given in millions: 5.576 → "$5.576 million". */
  | { kind: 'usdMillions'; digits?: number }
  /** A count given in millions: 2.788 → "2.788 million". */
  | { kind: 'millions'; digits?: number }
  /** US dollars given in billions: 592.7 → "$592.7 billion" (long) or "$592.7B" (short). */
  | { kind: 'usdBillions'; digits?: number; style?: 'long' | 'short' }
  /** US dollars given in billions, shown in trillions: 3493 → "$3.49 trillion" / "$3.49T". */
  | { kind: 'usdTrillions'; digits?: number; style?: 'long' | 'short' }
  /** A count given in billions: 24.49 → "24.49 billion". */
  | { kind: 'billions'; digits?: number }
  /** A plain number. */
  | { kind: 'number'; digits?: number; signed?: boolean }
  /** How many times larger: 2.12 → "2.1 times"; with `words`, a whole number under ten is spelled out ("three times"). */
  | { kind: 'multiple'; digits?: number; words?: boolean }
  /** A growth factor after a verb: 10.38 → "10.4-fold" ("rose 10.4-fold"); French prose says "multiplié par 10,4". */
  | { kind: 'fold'; digits?: number }
  /** A count in running text: nine and under in words ("three days"), larger ones in figures. */
  | { kind: 'count' }
  /** A rank in running text: "fourth", "quatrième" (first to tenth), "11th", "11e" beyond. */
  | { kind: 'ordinal' }
  /** A text value taken from the data as it is (a time zone, a code). */
  | { kind: 'text' }
  /** A time of day written HH:MM: "15:30" in English, "15 h 30" in French. */
  | { kind: 'time' }
  /** An ISO date (YYYY-MM-DD): "27 January 2025" (long), "27 Jan" (short), "Monday 27 January" (weekday). */
  | { kind: 'date'; style?: DateStyle | WeekdayStyle };

// Counts given in millions and billions, which only prose prints.
const millions: Words = { en: (amount) => `${amount} million`, fr: (amount) => `${amount}${NBSP}millions` };
const billions: Words = { en: (amount) => `${amount} billion`, fr: (amount) => `${amount}${NBSP}milliards` };

/** Weekday names, Sunday first. */
const weekdays: Readonly<Record<Locale, readonly string[]>> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
};

export type WeekdayStyle = 'weekday' | 'weekdayLong';
const isWeekdayStyle = (style: string | undefined): style is WeekdayStyle => style === 'weekday' || style === 'weekdayLong';

/**
 * A date with its weekday, which prose and the charts' text alternatives print (no chart draws one):
 * "Monday 27 January" (weekday), "Monday 27 January 2025" (weekdayLong), without a comma after an
 * English weekday.
 */
export function formatWeekdayDate(iso: string, { locale, style = 'weekday' }: { locale: Locale; style?: WeekdayStyle }): string {
  const parts = dateParts(iso, locale);
  const date = `${weekdays[locale][parts.weekday]} ${parts.day} ${parts.month}`;
  return style === 'weekdayLong' ? `${date} ${parts.year}` : date;
}

export function formatValue(value: number | string, format: ValueFormat, { locale }: { locale: Locale }): string {
  if (format.kind === 'text') return String(value);
  if (format.kind === 'time') return formatTime(String(value), { locale });
  if (format.kind === 'date') {
    if (typeof value !== 'string') throw new Error(`formatValue: a date format needs an ISO date string, got ${value}`);
    return isWeekdayStyle(format.style)
      ? formatWeekdayDate(value, { locale, style: format.style })
      : formatDate(value, { locale, style: format.style });
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`formatValue: a ${format.kind} format needs a finite number, got ${String(value)}`);
  }
  switch (format.kind) {
    case 'percent':
      return formatPercent(value, { locale, digits: format.digits, signed: format.signed });
    case 'usd':
      return formatUsd(value, { locale, digits: format.digits });
    case 'usdMillions':
      return formatUsdMillions(value, { locale, digits: format.digits });
    case 'usdBillions':
      return formatUsdBillions(value, { locale, digits: format.digits, style: format.style });
    case 'usdTrillions':
      return formatUsdTrillions(value, { locale, digits: format.digits, style: format.style });
    case 'millions':
      return millions[locale](formatNumber(value, { locale, digits: format.digits ?? 1 }));
    case 'billions':
      return billions[locale](formatNumber(value, { locale, digits: format.digits ?? 2 }));
    case 'number':
      return formatNumber(value, { locale, digits: format.digits, signed: format.signed });
    case 'multiple': {
      const digits = format.digits ?? 1;
      const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
      if (format.words && Number.isInteger(rounded) && rounded >= 0 && rounded < 10) return times[locale](formatCount(rounded, { locale }));
      return formatTimes(value, { locale, digits });
    }
    case 'fold':
      return formatFold(value, { locale, digits: format.digits });
    case 'count':
      return formatCount(value, { locale });
    case 'ordinal':
      return formatOrdinal(value, { locale });
  }
}

/**
 * A value as prose prints it: a number is never left at the end of a line without the word it
 * counts ("$593 billion", "27 January", "2.1 times") while the rest of the value may wrap, so a
 * long one ("279 milliards de dollars", "Monday 27 January 2025") does not push its whole length
 * onto the next line. Charts place their labels themselves and do not need it.
 */
export function inProse(text: string): string {
  return text.replace(/(\d) (?=\p{L})/gu, `$1${NBSP}`);
}
