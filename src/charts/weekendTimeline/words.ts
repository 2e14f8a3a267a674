// The opening timeline's words: each event's card texts (with the reported figure it prints) and the
// dollar formats of its price panel. Pure.

import {
  formatNumber,
  formatPercent,
  formatTimes,
  formatUsd,
  formatUsdBillions,
  formatUsdMillions,
  newsDigits,
} from '../../format/numbers';
import type { Locale } from '../../i18n/locales';
import { translate, type Messages } from '../../i18n/translate';
import type { WeekendState, WeekendTimelineInput } from './chart';

/** A tick label on the price axis: whole dollars. */
export function usdWhole(value: number, locale: Locale) {
  return formatUsd(value, { locale, digits: 0 });
}

export function usd(value: number, locale: Locale) {
  return formatUsd(value, { locale, digits: 2 });
}

/** A reported price at the precision it was published: $60, $2.19. */
export function usdAsReported(value: number, locale: Locale) {
  return formatUsd(value, { locale, digits: String(value).split('.')[1]?.length ?? 0 });
}

export function eventTexts(
  input: WeekendTimelineInput,
  messages: Messages,
): Record<WeekendState, { title: string; detail: string; short: string }> {
  const { locale } = messages;
  const { figures } = input;
  // Each event's detail line and the reported figure it prints.
  const details: Record<WeekendState, Readonly<Record<string, string>>> = {
    v3: { cost: formatUsdMillions(figures.v3Cost, { locale, digits: 3 }) },
    r1: { times: formatTimes(figures.timesCheaper, { locale, digits: 0 }) },
    stargate: { total: formatUsdBillions(figures.stargateTotal, { locale, digits: 0 }) },
    appstore: { rank: formatNumber(figures.appRankBefore, { locale }) },
    monday: { change: formatPercent(-input.mondayChange, { locale, digits: newsDigits(2) }) },
  };
  return Object.fromEntries(
    (Object.keys(details) as WeekendState[]).map((id) => [
      id,
      {
        short: translate(messages, `weekendTimeline.${id}.short`),
        title: translate(messages, `weekendTimeline.${id}.title`),
        detail: translate(messages, `weekendTimeline.${id}.detail`, details[id]),
      },
    ]),
  ) as Record<WeekendState, { title: string; detail: string; short: string }>;
}
