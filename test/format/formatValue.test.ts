import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatValue,
  formatWeekdayDate,
  inProse,
  newsDigits,
  type DateStyle,
  type WeekdayStyle,
} from '../../src/format/formatValue';
import { intlTag, locales, type Locale } from '../../src/i18n/locales';
import { formatNumber } from '../../src/format/numbers';

const en = { locale: 'en' } as const;

describe('formatValue(value, format, {locale: "en"})', () => {
  it('prints percentages with a typographic minus', () => {
    expect(formatValue(-0.16967, { kind: 'percent' }, en)).toBe('−16.97%');
    expect(formatValue(0.0893, { kind: 'percent', signed: true }, en)).toBe('+8.93%');
    expect(formatValue(0.0893, { kind: 'percent' }, en)).toBe('8.93%');
  });

  it('never prints a negative zero', () => {
    expect(formatValue(-0.00001, { kind: 'percent' }, en)).toBe('0.00%');
  });

  it('prints prices and amounts in dollars, sign before the symbol', () => {
    expect(formatValue(118.42, { kind: 'usd' }, en)).toBe('$118.42');
    expect(formatValue(-24.2, { kind: 'usd' }, en)).toBe('−$24.20');
    expect(formatValue(592.68, { kind: 'usdBillions' }, en)).toBe('$593 billion');
    expect(formatValue(592.68, { kind: 'usdBillions', digits: 1, style: 'short' }, en)).toBe('$592.7B');
    expect(formatValue(3492.7, { kind: 'usdTrillions' }, en)).toBe('$3.49 trillion');
    expect(formatValue(3492.7, { kind: 'usdTrillions', style: 'short' }, en)).toBe('$3.49T');
  });

  it('gives the same text from memory as when it formats, in both locales, past its bound too', () => {
    // Formatted texts are remembered (formatting is slow); the memory is cleared when it is full.
    const intl = [0, 1, 2].map(
      (digits) =>
        new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'exceptZero' }),
    );
    for (let round = 0; round < 2; round++) {
      for (let index = 0; index < 4500; index++) {
        const value = (index - 2250) / 7;
        const digits = index % 3;
        expect(formatValue(value, { kind: 'number', digits, signed: true }, en)).toBe(intl[digits]!.format(value).replace(/^-/, '\u2212'));
      }
    }
    for (const locale of ['en', 'fr'] as const) {
      expect(formatDate('2025-08-01', { locale, style: 'long' })).toBe(locale === 'en' ? '1 August 2025' : '1er août 2025');
      expect(formatDate('2025-08-01', { locale, style: 'long' })).toBe(locale === 'en' ? '1 August 2025' : '1er août 2025');
    }
    expect(() => formatDate('2025-13-45', { locale: 'en' })).toThrow(/YYYY-MM-DD/);
    expect(() => formatDate('2025-13-45', { locale: 'en' })).toThrow(/YYYY-MM-DD/);
  });

  it('prints counts and multiples', () => {
    expect(formatValue(24.49, { kind: 'billions' }, en)).toBe('24.49 billion');
    expect(formatValue(2.124, { kind: 'multiple' }, en)).toBe('2.1 times');
    expect(formatValue(1234567, { kind: 'number' }, en)).toBe('1,234,567');
  });

  it('prints ISO dates in UTC whatever the machine’s time zone', () => {
    expect(formatValue('2025-01-27', { kind: 'date' }, en)).toBe('27 January 2025');
    expect(formatWeekdayDate('2025-01-27', { locale: 'en' })).toBe('Monday 27 January');
    expect(formatDate('2025-01-27', { locale: 'en', style: 'short' })).toBe('27 Jan');
  });

  it('rejects a value that does not fit the format', () => {
    expect(() => formatValue(Number.NaN, { kind: 'percent' }, en)).toThrow(/finite number/);
    expect(() => formatValue('2025-01-27', { kind: 'usd' }, en)).toThrow(/finite number/);
    expect(() => formatValue(3, { kind: 'date' }, en)).toThrow(/ISO date/);
    expect(() => formatDate('27/01/2025', { locale: 'en' })).toThrow(/YYYY-MM-DD/);
  });
});

const fr = { locale: 'fr' } as const;

describe('formatNumber', () => {
  it('writes figures as Intl.NumberFormat does, in both editions, without it', () => {
    // Values where rounding, grouping and signs are decided: ties, doubles just off a tie, near-zero
    // both ways, every magnitude to billions, and a seeded spread of the rest.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const values = [0, -0, 0.5, 1.5, 2.5, -2.5, 0.05, 0.15, 1.005, 2.675, 1.45, -0.04, -0.004, 0.0049, 999.95, 999.5, 9999.5, 1234.5678];
    for (let power = -3; power <= 10; power++)
      for (const unit of [1, 1.5, 9.99, 9.995]) values.push(unit * 10 ** power, -unit * 10 ** power);
    for (let index = 0; index < 3000; index++) values.push((random() - 0.5) * 10 ** Math.floor(random() * 12));
    for (const locale of locales)
      for (const digits of [0, 1, 2, 3])
        for (const signed of [false, true]) {
          const intl = new Intl.NumberFormat(intlTag[locale], {
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
            signDisplay: signed ? 'exceptZero' : 'negative',
          });
          for (const value of values)
            expect(formatNumber(value, { locale, digits, signed }), `${value} ${locale} ${digits} ${signed}`).toBe(
              intl.format(value).replace(/^-/, '\u2212'),
            );
        }
  });

  it('refuses what is not a finite number rather than print it as zero', () => {
    for (const value of [Number.NaN, Infinity, -Infinity]) expect(() => formatNumber(value, en)).toThrow(RangeError);
  });
});

describe('formatDate', () => {
  const styles: Record<DateStyle | WeekdayStyle, Intl.DateTimeFormatOptions> = {
    long: { day: 'numeric', month: 'long', year: 'numeric' },
    medium: { day: 'numeric', month: 'short', year: 'numeric' },
    short: { day: 'numeric', month: 'short' },
    weekday: { weekday: 'long', day: 'numeric', month: 'long' },
    weekdayLong: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
    monthYear: { month: 'short', year: 'numeric' },
    month: { month: 'short' },
    year: { year: 'numeric' },
  };
  // Intl's text, with the house rules: no comma after an English weekday, « 1er » in French.
  const formats = new Map<string, Intl.DateTimeFormat>();
  const intlText = (date: Date, locale: Locale, style: DateStyle | WeekdayStyle) => {
    const key = `${locale} ${style}`;
    if (!formats.has(key)) formats.set(key, new Intl.DateTimeFormat(intlTag[locale], { ...styles[style], timeZone: 'UTC' }));
    const text = formats.get(key)!.format(date);
    return locale === 'en' ? text.replace(/^(\p{L}+), /u, '$1 ') : text.replace(/(^|\s)1(?=\s)/u, '$11er');
  };

  it('writes every day from 2019 to 2026, in every style and both editions, as Intl does', () => {
    let compared = 0;
    for (let time = Date.UTC(2019, 0, 1); time <= Date.UTC(2026, 11, 31); time += 86_400_000) {
      const date = new Date(time);
      const iso = date.toISOString().slice(0, 10);
      for (const locale of locales)
        for (const style of Object.keys(styles) as (DateStyle | WeekdayStyle)[]) {
          const text =
            style === 'weekday' || style === 'weekdayLong' ? formatWeekdayDate(iso, { locale, style }) : formatDate(iso, { locale, style });
          expect(text, `${iso} ${locale} ${style}`).toBe(intlText(date, locale, style));
          compared += 1;
        }
    }
    expect(compared).toBe(2922 * 2 * 8);
  });

  it('refuses a day that does not exist instead of rolling it over', () => {
    expect(() => formatDate('2025-02-30', { locale: 'en' })).toThrow(/YYYY-MM-DD/);
    expect(() => formatDate('2025-1-27', { locale: 'fr' })).toThrow(/YYYY-MM-DD/);
    expect(formatDate('2024-02-29', { locale: 'fr', style: 'short' })).toBe('29 févr.');
  });
});

describe('formatValue(value, format, {locale: "fr"})', () => {
  it('writes French percentages with a comma and a narrow space before %', () => {
    expect(formatValue(-0.16967, { kind: 'percent' }, fr)).toBe('−16,97\u202f%');
    expect(formatValue(0.0893, { kind: 'percent', signed: true }, fr)).toBe('+8,93\u202f%');
  });

  it('writes amounts as French newsrooms do', () => {
    expect(formatValue(589, { kind: 'usdBillions' }, fr)).toBe('589\u00a0milliards de dollars');
    expect(formatValue(118.42, { kind: 'usd' }, fr)).toBe('118,42\u00a0$');
    expect(formatValue(3492.7, { kind: 'usdTrillions' }, fr)).toBe('3\u202f490\u00a0milliards de dollars');
    expect(formatValue(5.576, { kind: 'usdMillions', digits: 3 }, fr)).toBe('5,576\u00a0millions de dollars');
    expect(formatValue(2.124, { kind: 'multiple' }, fr)).toBe('2,1\u00a0fois');
  });

  it('writes French dates and times', () => {
    expect(formatValue('2025-01-27', { kind: 'date' }, fr)).toBe('27 janvier 2025');
    expect(formatWeekdayDate('2025-01-27', { locale: 'fr' })).toBe('lundi 27 janvier');
    expect(formatValue('06:30', { kind: 'time' }, fr)).toBe('6\u00a0h\u00a030');
    expect(formatValue('06:30', { kind: 'time' }, en)).toBe('06:30');
  });

  it('writes the dateline with the year, without a comma after the weekday in English', () => {
    expect(formatWeekdayDate('2025-01-27', { locale: 'en', style: 'weekdayLong' })).toBe('Monday 27 January 2025');
    expect(formatWeekdayDate('2025-01-27', { locale: 'fr', style: 'weekdayLong' })).toBe('lundi 27 janvier 2025');
  });
});

describe('formatValue(value, {kind: count | ordinal | fold})', () => {
  it('spells out counts under ten and ranks to tenth, in each language', () => {
    expect(formatValue(3, { kind: 'count' }, en)).toBe('three');
    expect(formatValue(3, { kind: 'count' }, fr)).toBe('trois');
    expect(formatValue(1274, { kind: 'count' }, en)).toBe('1,274');
    expect(formatValue(4, { kind: 'ordinal' }, en)).toBe('fourth');
    expect(formatValue(4, { kind: 'ordinal' }, fr)).toBe('quatrième');
    expect(formatValue(12, { kind: 'ordinal' }, en)).toBe('12th');
    expect(formatValue(22, { kind: 'ordinal' }, en)).toBe('22nd');
    expect(formatValue(12, { kind: 'ordinal' }, fr)).toBe('12e');
  });

  it('writes a growth factor as "-fold" in English and bare in French ("multiplié par 10,4")', () => {
    expect(formatValue(10.38, { kind: 'fold' }, en)).toBe('10.4-fold');
    expect(formatValue(10.38, { kind: 'fold' }, fr)).toBe('10,4');
  });
});

describe('inProse', () => {
  it('keeps a number with the word it counts and lets the rest of the value wrap', () => {
    const nbsp = '\u00a0';
    expect(inProse('$593 billion')).toBe(`$593${nbsp}billion`);
    expect(inProse('Monday 27 January 2025')).toBe(`Monday 27${nbsp}January 2025`);
    expect(inProse(`279${nbsp}milliards de dollars`)).toBe(`279${nbsp}milliards de dollars`);
    expect(inProse('2,1 fois')).toBe(`2,1${nbsp}fois`);
    // A year after a month, or figures without a word, are left as they are.
    expect(inProse('January 2025')).toBe('January 2025');
    expect(inProse('−16.97%')).toBe('−16.97%');
  });
});

describe('newsDigits (wire style for prose and chart labels)', () => {
  it('prints one decimal where the data has two, and keeps a report’s fewer', () => {
    expect(formatValue(-0.16967, { kind: 'percent', digits: newsDigits(2) }, { locale: 'en' })).toBe('−17.0%');
    expect(newsDigits(0)).toBe(0);
    expect(newsDigits(undefined)).toBe(1);
  });
});
