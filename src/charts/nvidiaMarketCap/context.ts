// What nvidiaMarketCap's two views share: its number and date formats, and the frame and type they lay out in.

import { formatDate, formatValue, newsDigits } from '../../format/formatValue';
import type { Locale } from '../../i18n/locales';
import { type Messages } from '../../i18n/translate';
import { type LineStyles } from '../shared/annotations';
import { type PlotArea } from '../shared/axes';
import { type FontSizes } from '../shared/text';

export function formatters(locale: Locale, narrow = false) {
  return {
    trillions: (value: number) => formatValue(value, { kind: 'usdTrillions', digits: 2, style: 'short' }, { locale }),
    trillionsTick: (value: number) =>
      value === 0 ? '0' : formatValue(value, { kind: 'usdTrillions', digits: 0, style: 'short' }, { locale }),
    billions: (value: number) => formatValue(value, { kind: 'usdBillions', digits: 0, style: 'short' }, { locale }),
    billionsLong: (value: number) => formatValue(value, { kind: 'usdBillions', digits: 0 }, { locale }),
    trillionsLong: (value: number) => formatValue(value, { kind: 'usdTrillions', digits: 2 }, { locale }),
    percent: (value: number, signed = false) => formatValue(value, { kind: 'percent', digits: newsDigits(2), signed }, { locale }),
    day: (iso: string) => formatDate(iso, { locale, style: 'long' }),
    /** A date in a chart label: abbreviated month on phones. */
    labelDay: (iso: string) => formatDate(iso, { locale, style: narrow ? 'medium' : 'long' }),
    weekday: (iso: string) => formatDate(iso, { locale, style: 'weekday' }),
    times: (value: number) => formatValue(value, { kind: 'multiple', digits: 1 }, { locale }),
    fold: (value: number) => formatValue(value, { kind: 'fold', digits: 1 }, { locale }),
  };
}
export type Formatters = ReturnType<typeof formatters>;

export interface ViewContext {
  inner: PlotArea;
  narrow: boolean;
  fmt: Formatters;
  locale: Locale;
  messages: Messages;
  fonts: FontSizes;
  line: LineStyles;
}
