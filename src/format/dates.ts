// Dates and times of day as the story prints them, in each locale: "27 January 2025", "27 janv.",
// "15:30", "15 h 30". Dates with their weekday, which only prose and the charts' text alternatives
// print, are formatValue.ts's.

import type { Locale } from '../i18n/locales';
import { NBSP, remembered } from './numbers';

export type DateStyle = 'long' | 'medium' | 'short' | 'monthYear' | 'month' | 'year';

// Dates are written from each locale's names and patterns, as CLDR has them (the unit tests check
// every day from 2019 to 2026, in every style, against Intl's), not with Intl.DateTimeFormat: the
// first one a page builds loads the browser's date data, a long task on a phone, and the build and
// the browser would write a date with their own versions of that data.
interface Calendar {
  months: readonly string[];
  monthsShort: readonly string[];
}
const calendars: Record<Locale, Calendar> = {
  en: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  },
  fr: {
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    monthsShort: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  },
};

export interface DateParts {
  day: string;
  month: string;
  monthShort: string;
  year: string;
  /** 0 for Sunday to 6 for Saturday. */
  weekday: number;
}
// Both editions put the day before the month, and French writes the first of the month "1er décembre".
const datePatterns: Record<DateStyle, (parts: DateParts) => string> = {
  long: (p) => `${p.day} ${p.month} ${p.year}`,
  medium: (p) => `${p.day} ${p.monthShort} ${p.year}`,
  short: (p) => `${p.day} ${p.monthShort}`,
  monthYear: (p) => `${p.monthShort} ${p.year}`,
  month: (p) => p.monthShort,
  year: (p) => p.year,
};

/** A time of day from its hours and minutes as written (HH, MM). */
const times: Record<Locale, (hours: string, minutes: string) => string> = {
  en: (hours, minutes) => `${hours}:${minutes}`,
  // 15 h 30, 16 h (French drops zero minutes)
  fr: (hours, minutes) => (minutes === '00' ? `${Number(hours)}${NBSP}h` : `${Number(hours)}${NBSP}h${NBSP}${minutes}`),
};

/** Formats a time of day written HH:MM for the locale. */
export function formatTime(time: string, { locale }: { locale: Locale }): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`formatTime: "${time}" is not written HH:MM`);
  return times[locale](match[1]!, match[2]!);
}

/** Formats an ISO date (YYYY-MM-DD) in UTC, so the result never depends on the machine's time zone. */
export function formatDate(iso: string, { locale, style = 'long' }: { locale: Locale; style?: DateStyle | undefined }) {
  return remembered(`d|${locale}|${style}|${iso}`, () => datePatterns[style](dateParts(iso, locale)));
}

/** An ISO date's parts as the locale writes them, in UTC. */
export function dateParts(iso: string, locale: Locale): DateParts {
  const date = new Date(`${iso}T00:00:00Z`);
  // A day that does not exist (30 February) would roll over to another: it is refused too.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso)
    throw new Error(`formatDate: "${iso}" is not a YYYY-MM-DD date`);
  const calendar = calendars[locale];
  const day = date.getUTCDate();
  return {
    day: locale === 'fr' && day === 1 ? '1er' : String(day),
    month: calendar.months[date.getUTCMonth()]!,
    monthShort: calendar.monthsShort[date.getUTCMonth()]!,
    year: String(date.getUTCFullYear()),
    weekday: date.getUTCDay(),
  };
}
