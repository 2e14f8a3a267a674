// The one formatter for every figure the reader sees: prose, chart labels, axes and tables.
// It turns a number (or an ISO date) and a format description into locale-aware text; it does not
// know where the number came from.

import { intlTag, type Locale } from '../i18n/locales';

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
  | { kind: 'date'; style?: DateStyle };

export type DateStyle = 'long' | 'medium' | 'short' | 'weekday' | 'weekdayLong' | 'weekdayShort' | 'monthYear' | 'month' | 'year';

const MINUS = '\u2212';

// Intl formatters are costly to build (charts format hundreds of labels per frame), so each
// combination of locale and options is built once.
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Formatted texts, by locale, options and value. Formatting itself is slow too (a time axis formats
 * every candidate tick of several intervals to measure them, in every state): in the browser at 4×
 * CPU it was the largest part of computing a chart's scene. Bounded, so a long session cannot grow
 * it without end.
 */
const formatted = new Map<string, string>();
function remembered(key: string, format: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) {
    text = format();
    if (formatted.size >= 4000) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

function numberFormat(locale: Locale, digits: number, signed: boolean) {
  const key = `${locale}|${digits}|${signed}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlTag[locale], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: signed ? 'exceptZero' : 'negative',
    });
    numberFormats.set(key, format);
  }
  return format;
}

function number(value: number, locale: Locale, { digits = 0, signed = false }: { digits?: number; signed?: boolean | undefined }) {
  return remembered(`n|${locale}|${digits}|${signed}|${value}`, () =>
    // Typographic minus, as newsrooms print it; Intl gives a hyphen-minus.
    numberFormat(locale, digits, signed).format(value).replace(/^-/, MINUS),
  );
}

/**
 * Words and symbol placement per locale; a new locale must fill every entry. Each receives numbers
 * already formatted for the locale (with its separators and a typographic minus).
 */
interface Units {
  usd: (amount: string) => string;
  usdMillions: (amount: string) => string;
  usdBillions: (amount: string, style: 'long' | 'short') => string;
  /** Amounts given in billions and written in trillions where the language has the word. */
  usdTrillions: (value: number, { digits, style }: { digits: number; style: 'long' | 'short' }) => string;
  millions: (amount: string) => string;
  billions: (amount: string) => string;
  times: (amount: string) => string;
  fold: (amount: string) => string;
  /** Counts zero to nine in words. */
  smallCounts: readonly string[];
  /** Ranks first to tenth in words; `ordinal` writes the others. */
  smallOrdinals: readonly string[];
  ordinal: (amount: string) => string;
  percent: (amount: string) => string;
  /** A time of day from its hours and minutes as written (HH, MM). */
  time: (hours: string, minutes: string) => string;
}

const NBSP = '\u00A0';
const NNBSP = '\u202F';

/** "$" goes after the sign in English: −$24.20, not $−24.20. */
const dollarFirst = (amount: string) =>
  amount.startsWith(MINUS) || amount.startsWith('+') ? `${amount[0]}$${amount.slice(1)}` : `$${amount}`;

const units: Record<Locale, Units> = {
  en: {
    usd: dollarFirst,
    usdMillions: (amount) => `${dollarFirst(amount)} million`,
    usdBillions: (amount, style) => (style === 'short' ? `${dollarFirst(amount)}B` : `${dollarFirst(amount)} billion`),
    usdTrillions: (value, { digits, style }) => {
      const amount = dollarFirst(number(value / 1000, 'en', { digits }));
      return style === 'short' ? `${amount}T` : `${amount} trillion`;
    },
    millions: (amount) => `${amount} million`,
    billions: (amount) => `${amount} billion`,
    times: (amount) => `${amount} times`,
    fold: (amount) => `${amount}-fold`,
    smallCounts: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
    smallOrdinals: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'],
    ordinal: (amount) => {
      const n = Number(amount.replace(/\D/g, ''));
      const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
      return `${amount}${suffix}`;
    },
    percent: (amount) => `${amount}%`,
    time: (hours, minutes) => `${hours}:${minutes}`,
  },
  fr: {
    // French writes the currency after the amount, with a space: 118,42 $.
    usd: (amount) => `${amount}${NBSP}$`,
    usdMillions: (amount) => `${amount}${NBSP}millions de dollars`,
    usdBillions: (amount, style) => (style === 'short' ? `${amount}${NBSP}Md$` : `${amount}${NBSP}milliards de dollars`),
    // French newsrooms count in "milliards" well past a thousand: 3 490 milliards de dollars.
    usdTrillions: (value, { style }) => {
      const amount = number(Math.round(value / 10) * 10, 'fr', { digits: 0 });
      return style === 'short' ? `${amount}${NBSP}Md$` : `${amount}${NBSP}milliards de dollars`;
    },
    millions: (amount) => `${amount}${NBSP}millions`,
    billions: (amount) => `${amount}${NBSP}milliards`,
    times: (amount) => `${amount}${NBSP}fois`,
    // "multiplié par 10,4": the verb carries the meaning.
    fold: (amount) => amount,
    smallCounts: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
    smallOrdinals: ['premier', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième'],
    ordinal: (amount) => `${amount}e`,
    percent: (amount) => `${amount}${NNBSP}%`,
    // 15 h 30, 16 h (French drops zero minutes)
    time: (hours, minutes) => (minutes === '00' ? `${Number(hours)}${NBSP}h` : `${Number(hours)}${NBSP}h${NBSP}${minutes}`),
  },
};

// Dates are written from each locale's names and patterns, as CLDR has them (the unit tests check
// every day from 2019 to 2026, in every style, against Intl's), not with Intl.DateTimeFormat: the
// first one a page builds loads the browser's date data, a long task on a phone, and the build and
// the browser would write a date with their own versions of that data.
interface Calendar {
  months: readonly string[];
  monthsShort: readonly string[];
  weekdays: readonly string[];
  weekdaysShort: readonly string[];
}
const calendars: Record<Locale, Calendar> = {
  en: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    weekdaysShort: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  },
  fr: {
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    monthsShort: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    weekdaysShort: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
  },
};

interface DateParts {
  day: string;
  month: string;
  monthShort: string;
  weekday: string;
  weekdayShort: string;
  year: string;
}
// Both editions put the day before the month; British newsrooms write "Monday 27 January 2025",
// without a comma after the weekday, and French writes the first of the month "1er décembre".
const datePatterns: Record<DateStyle, (parts: DateParts) => string> = {
  long: (p) => `${p.day} ${p.month} ${p.year}`,
  medium: (p) => `${p.day} ${p.monthShort} ${p.year}`,
  short: (p) => `${p.day} ${p.monthShort}`,
  weekday: (p) => `${p.weekday} ${p.day} ${p.month}`,
  weekdayLong: (p) => `${p.weekday} ${p.day} ${p.month} ${p.year}`,
  weekdayShort: (p) => `${p.weekdayShort} ${p.day} ${p.monthShort}`,
  monthYear: (p) => `${p.monthShort} ${p.year}`,
  month: (p) => p.monthShort,
  year: (p) => p.year,
};

/** Formats a time of day written HH:MM for the locale. */
export function formatTime(time: string, { locale }: { locale: Locale }): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`formatTime: "${time}" is not written HH:MM`);
  return units[locale].time(match[1]!, match[2]!);
}

/** Formats an ISO date (YYYY-MM-DD) in UTC, so the result never depends on the machine's time zone. */
export function formatDate(iso: string, { locale, style = 'long' }: { locale: Locale; style?: DateStyle | undefined }) {
  return remembered(`d|${locale}|${style}|${iso}`, () => dateText(iso, locale, style));
}

function dateText(iso: string, locale: Locale, style: DateStyle) {
  const date = new Date(`${iso}T00:00:00Z`);
  // A day that does not exist (30 February) would roll over to another: it is refused too.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso)
    throw new Error(`formatDate: "${iso}" is not a YYYY-MM-DD date`);
  const calendar = calendars[locale];
  const day = date.getUTCDate();
  return datePatterns[style]({
    day: locale === 'fr' && day === 1 ? '1er' : String(day),
    month: calendar.months[date.getUTCMonth()]!,
    monthShort: calendar.monthsShort[date.getUTCMonth()]!,
    weekday: calendar.weekdays[date.getUTCDay()]!,
    weekdayShort: calendar.weekdaysShort[date.getUTCDay()]!,
    year: String(date.getUTCFullYear()),
  });
}

/**
 * Wire style: a percentage printed for readers (prose, chart labels, text alternatives) has one
 * decimal; data tables and the claims table keep the data's two.
 */
export const newsDigits = (digits: number | undefined) => Math.min(digits ?? 1, 1);

export function formatValue(value: number | string, format: ValueFormat, { locale }: { locale: Locale }): string {
  if (format.kind === 'text') return String(value);
  if (format.kind === 'time') return formatTime(String(value), { locale });
  if (format.kind === 'date') {
    if (typeof value !== 'string') throw new Error(`formatValue: a date format needs an ISO date string, got ${value}`);
    return formatDate(value, { locale, style: format.style });
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`formatValue: a ${format.kind} format needs a finite number, got ${String(value)}`);
  }
  const u = units[locale];
  switch (format.kind) {
    case 'percent':
      return u.percent(number(value * 100, locale, { digits: format.digits ?? 2, signed: format.signed }));
    case 'usd':
      return u.usd(number(value, locale, { digits: format.digits ?? 2 }));
    case 'usdMillions':
      return u.usdMillions(number(value, locale, { digits: format.digits ?? 1 }));
    case 'usdBillions':
      return u.usdBillions(number(value, locale, { digits: format.digits ?? 0 }), format.style ?? 'long');
    case 'usdTrillions':
      return u.usdTrillions(value, { digits: format.digits ?? 2, style: format.style ?? 'long' });
    case 'millions':
      return u.millions(number(value, locale, { digits: format.digits ?? 1 }));
    case 'billions':
      return u.billions(number(value, locale, { digits: format.digits ?? 2 }));
    case 'number':
      return number(value, locale, { digits: format.digits ?? 0, signed: format.signed });
    case 'multiple': {
      const digits = format.digits ?? 1;
      const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
      if (format.words && Number.isInteger(rounded) && rounded >= 0 && rounded < 10) return u.times(u.smallCounts[rounded]!);
      return u.times(number(value, locale, { digits }));
    }
    case 'fold':
      return u.fold(number(value, locale, { digits: format.digits ?? 1 }));
    case 'count':
      return Number.isInteger(value) && value >= 0 && value < 10 ? u.smallCounts[value]! : number(value, locale, {});
    case 'ordinal':
      return Number.isInteger(value) && value >= 1 && value <= 10 ? u.smallOrdinals[value - 1]! : u.ordinal(number(value, locale, {}));
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
