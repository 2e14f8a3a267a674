// weekendTimeline's words for each state (the scene's description), written at build only: the page
// carries them, and the browser reads them there. Pure.

import { formatDate } from '../../format/dates';
import { formatWeekdayDate } from '../../format/formatValue';
import { translate, type Messages } from '../../i18n/translate';
import { lastOnOrBefore } from '../shared/timeSeries';
import type { WeekendState, WeekendTimelineInput } from './chart';
import { eventTexts, usd } from './words';

export function describeWeekendTimeline(input: WeekendTimelineInput, state: WeekendState, messages: Messages): string {
  const { locale } = messages;
  const active = input.events.find((event) => event.id === state)!;
  const { title, detail } = eventTexts(input, messages)[state];
  // The close is dated: on a day without trading (a holiday, a Sunday) it is the last one before.
  const [date, close] = lastOnOrBefore(input.nvidia, active.date) ?? input.nvidia[0]!;
  return translate(messages, 'weekendTimeline.desc', {
    date: formatDate(active.date, { locale, style: 'long' }),
    title,
    detail,
    price:
      date === active.date
        ? translate(messages, 'weekendTimeline.priceThatDay', { price: usd(close, locale) })
        : translate(messages, 'weekendTimeline.priceLastClose', {
            closeDate: formatWeekdayDate(date, { locale }),
            price: usd(close, locale),
          }),
  });
}
