// Locale-aware figures, one function per kind: "−16.97%", "$118.42", "$3.49T", "three", "fourth".
// Charts call them directly; prose and tables reach them through formatValue's format descriptions,
// which add the kinds only prose prints. One function per kind, so the browser's chart code carries
// only the kinds charts draw.

import type { Locale } from '../i18n/locales';

const MINUS = '\u2212';
export const NBSP = '\u00A0';
const NNBSP = '\u202F';

interface NumberOptions {
  locale: Locale;
  digits?: number | undefined;
}
type SignedOptions = NumberOptions & { signed?: boolean | undefined };
/** Long ("$593 billion") or short ("$593B") money. */
type MoneyOptions = NumberOptions & { style?: 'long' | 'short' | undefined };

// Figures are written from each locale's separators, as CLDR has them (the unit tests check them
// against Intl.NumberFormat's, value by value), not with Intl.NumberFormat: the first one a page
// builds loads the browser's number data, a 52 ms task at 4× CPU, and the build and the browser would
// write a figure with their own versions of that data.
const separators: Readonly<Record<Locale, { group: string; decimal: string }>> = {
  en: { group: ',', decimal: '.' },
  fr: { group: NNBSP, decimal: ',' },
};

/**
 * Formatted texts, by locale, options and value. Formatting itself is slow too (a time axis formats
 * every candidate tick of several intervals to measure them, in every state): in the browser at 4×
 * CPU it was the largest part of computing a chart's scene. Bounded, so a long session cannot grow
 * it without end.
 */
const formatted = new Map<string, string>();
export function remembered(key: string, format: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) {
    text = format();
    if (formatted.size >= 4000) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

/**
 * `value`'s size rounded to `digits` decimals, as Intl rounds: half away from zero, on the shortest
 * decimal that reads back as the value (0.15 → "0.2", where toFixed rounds the double just under it).
 */
function rounded(value: number, digits: number): { whole: string; fraction: string } {
  const [mantissa, exponent] = Math.abs(value).toExponential().split('e') as [string, string];
  const significant = mantissa.replace('.', '');
  // How many of the significant digits stand before the rounding point.
  const kept = Number(exponent) + 1 + digits;
  const up = kept >= 0 && (significant[kept] ?? '0') >= '5';
  const units = String(BigInt(significant.slice(0, Math.max(kept, 0)).padEnd(Math.max(kept, 0), '0') || '0') + BigInt(up ? 1 : 0));
  const padded = units.padStart(digits + 1, '0');
  return { whole: padded.slice(0, padded.length - digits), fraction: padded.slice(padded.length - digits) };
}

/** A plain number: 1234567 → "1,234,567". `signed` adds "+" to gains; what rounds to zero has no sign. */
export function formatNumber(value: number, { locale, digits = 0, signed = false }: SignedOptions): string {
  // A figure that is not one (a ratio over zero) fails the build that draws it, not shown as 0.
  if (!Number.isFinite(value)) throw new RangeError(`formatNumber: ${value} is not a finite number`);
  return remembered(`n|${locale}|${digits}|${signed}|${value}`, () => {
    const { whole, fraction } = rounded(value, digits);
    const { group, decimal } = separators[locale];
    // Typographic minus, as newsrooms print it.
    const sign = /^0*$/.test(whole + fraction) ? '' : value < 0 ? MINUS : signed ? '+' : '';
    return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, group)}${fraction === '' ? '' : decimal + fraction}`;
  });
}

/**
 * Words and symbol placement per locale, for an amount already formatted for it (with its
 * separators and a typographic minus). A new locale must fill every table.
 */
export type Words = Readonly<Record<Locale, (amount: string) => string>>;

/** "$" goes after the sign in English: −$24.20, not $−24.20. */
const dollarFirst = (amount: string) =>
  amount.startsWith(MINUS) || amount.startsWith('+') ? `${amount[0]}$${amount.slice(1)}` : `$${amount}`;

// French writes the currency after the amount, with a space: 118,42 $.
const dollars: Words = { en: dollarFirst, fr: (amount) => `${amount}${NBSP}$` };
const dollarMillions: Words = { en: (amount) => `${dollarFirst(amount)} million`, fr: (amount) => `${amount}${NBSP}millions de dollars` };
const dollarBillions: Record<'long' | 'short', Words> = {
  long: { en: (amount) => `${dollarFirst(amount)} billion`, fr: (amount) => `${amount}${NBSP}milliards de dollars` },
  short: { en: (amount) => `${dollarFirst(amount)}B`, fr: (amount) => `${amount}${NBSP}Md$` },
};
const percents: Words = { en: (amount) => `${amount}%`, fr: (amount) => `${amount}${NNBSP}%` };
export const times: Words = { en: (amount) => `${amount} times`, fr: (amount) => `${amount}${NBSP}fois` };
// "multiplié par 10,4": the French verb carries the meaning.
const folds: Words = { en: (amount) => `${amount}-fold`, fr: (amount) => amount };

/** Counts zero to nine in words. */
const smallCounts: Readonly<Record<Locale, readonly string[]>> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
};
/** Ranks first to tenth in words; `ordinals` writes the others. */
const smallOrdinals: Readonly<Record<Locale, readonly string[]>> = {
  en: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'],
  fr: ['premier', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième'],
};
const ordinals: Words = {
  en: (amount) => {
    const n = Number(amount.replace(/\D/g, ''));
    const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    return `${amount}${suffix}`;
  },
  fr: (amount) => `${amount}e`,
};

/** A ratio shown as a percentage: -0.1697 → "−16.97%". `signed` adds "+" to gains. */
export const formatPercent = (value: number, { locale, digits = 2, signed }: SignedOptions) =>
  percents[locale](formatNumber(value * 100, { locale, digits, signed }));

/** A price in US dollars: 118.42 → "$118.42". */
export const formatUsd = (value: number, { locale, digits = 2 }: NumberOptions) => dollars[locale](formatNumber(value, { locale, digits }));

/** US dollars given in millions: 5.576 → "$5.576 million". */
export const formatUsdMillions = (value: number, { locale, digits = 1 }: NumberOptions) =>
  dollarMillions[locale](formatNumber(value, { locale, digits }));

/** US dollars given in billions: 592.7 → "$593 billion" (long) or "$593B" (short). */
export const formatUsdBillions = (value: number, { locale, digits = 0, style = 'long' }: MoneyOptions) =>
  dollarBillions[style][locale](formatNumber(value, { locale, digits }));

/** Amounts given in billions, written in trillions where the language has the word. */
const dollarTrillions: Readonly<
  Record<Locale, (value: number, options: { locale: Locale; digits: number; style: 'long' | 'short' }) => string>
> = {
  en: (value, { locale, digits, style }) =>
    `${dollarFirst(formatNumber(value / 1000, { locale, digits }))}${style === 'short' ? 'T' : ' trillion'}`,
  // French newsrooms count in "milliards" well past a thousand: 3 490 milliards de dollars.
  fr: (value, { locale, style }) => dollarBillions[style][locale](formatNumber(Math.round(value / 10) * 10, { locale })),
};

/** US dollars given in billions, shown in trillions: 3493 → "$3.49 trillion" / "$3.49T". */
export const formatUsdTrillions = (value: number, { locale, digits = 2, style = 'long' }: MoneyOptions) =>
  dollarTrillions[locale](value, { locale, digits, style });

/** How many times larger: 2.12 → "2.1 times". */
export const formatTimes = (value: number, { locale, digits = 1 }: NumberOptions) => times[locale](formatNumber(value, { locale, digits }));

/** A growth factor after a verb: 10.38 → "10.4-fold" ("rose 10.4-fold"); French prose says "multiplié par 10,4". */
export const formatFold = (value: number, { locale, digits = 1 }: NumberOptions) => folds[locale](formatNumber(value, { locale, digits }));

/** A count in running text: nine and under in words ("three days"), larger ones in figures. */
export const formatCount = (value: number, { locale }: { locale: Locale }) =>
  Number.isInteger(value) && value >= 0 && value < 10 ? smallCounts[locale][value]! : formatNumber(value, { locale });

/** A rank in running text: "fourth", "quatrième" (first to tenth), "11th", "11e" beyond. */
export const formatOrdinal = (value: number, { locale }: { locale: Locale }) =>
  Number.isInteger(value) && value >= 1 && value <= 10
    ? smallOrdinals[locale][value - 1]!
    : ordinals[locale](formatNumber(value, { locale }));

/**
 * Wire style: a percentage printed for readers (prose, chart labels, text alternatives) has one
 * decimal; data tables and the claims table keep the data's two.
 */
export const newsDigits = (digits: number | undefined) => Math.min(digits ?? 1, 1);
