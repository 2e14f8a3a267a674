// What nvidiaMarketCap's two views share: its number and date formats, and the frame and type they lay out in.

import { formatDate } from '../../format/dates';
import { formatPercent, formatUsdBillions, formatUsdTrillions, newsDigits } from '../../format/numbers';
import type { Locale } from '../../i18n/locales';
import { type Messages } from '../../i18n/translate';
import { type LineStyles } from '../shared/annotations';
import { type PlotArea } from '../shared/axes';
import { type FontSizes } from '../shared/text';

export function formatters(locale: Locale, narrow = false) {
  return {
    trillions: (value: number) => formatUsdTrillions(value, { locale, digits: 2, style: 'short' }),
    trillionsTick: (value: number) => (value === 0 ? '0' : formatUsdTrillions(value, { locale, digits: 0, style: 'short' })),
    billions: (value: number) => formatUsdBillions(value, { locale, digits: 0, style: 'short' }),
    billionsLong: (value: number) => formatUsdBillions(value, { locale, digits: 0 }),
    percent: (value: number, signed = false) => formatPercent(value, { locale, digits: newsDigits(2), signed }),
    /** A date in a chart label: abbreviated month on phones. */
    labelDay: (iso: string) => formatDate(iso, { locale, style: narrow ? 'medium' : 'long' }),
  };
}
type Formatters = ReturnType<typeof formatters>;

export interface ViewContext {
  inner: PlotArea;
  narrow: boolean;
  fmt: Formatters;
  locale: Locale;
  messages: Messages;
  fonts: FontSizes;
  line: LineStyles;
}
