// The opening timeline's words: each event's card texts (with the reported figure it prints) and the
// dollar formats of its price panel. Pure.

import { formatValue, newsDigits } from '../../format/formatValue';
import type { Locale } from '../../i18n/locales';
import { translate, type Messages } from '../../i18n/translate';
import type { WeekendState, WeekendTimelineInput } from './chart';

/** A tick label on the price axis: whole dollars. */
export function usdWhole(value: number, locale: Locale) {
  return formatValue(value, { kind: 'usd', digits: 0 }, { locale });
}

export function usd(value: number, locale: Locale) {
  return formatValue(value, { kind: 'usd', digits: 2 }, { locale });
}

/** A reported price at the precision it was published: $60, $2.19. */
export function usdAsReported(value: number, locale: Locale) {
  return formatValue(value, { kind: 'usd', digits: String(value).split('.')[1]?.length ?? 0 }, { locale });
}

export function eventTexts(
  input: WeekendTimelineInput,
  messages: Messages,
): Record<WeekendState, { title: string; detail: string; short: string }> {
  const { locale } = messages;
  const { figures } = input;
  const format = (value: number, kind: Parameters<typeof formatValue>[1]) => formatValue(value, kind, { locale });
  // Each event's detail line and the reported figure it prints.
  const details: Record<WeekendState, Readonly<Record<string, string>>> = {
    v3: { cost: format(figures.v3Cost, { kind: 'usdMillions', digits: 3 }) },
    r1: { times: format(figures.timesCheaper, { kind: 'multiple', digits: 0 }) },
    stargate: { total: format(figures.stargateTotal, { kind: 'usdBillions', digits: 0 }) },
    appstore: { rank: format(figures.appRankBefore, { kind: 'number' }) },
    monday: { change: format(-input.mondayChange, { kind: 'percent', digits: newsDigits(2) }) },
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
