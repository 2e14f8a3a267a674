// nvidiaMarketCap's words for each state (the scene's description), written at build only: the page
// carries them, and the browser reads them there. Pure.

import { formatDate } from '../../format/dates';
import { formatWeekdayDate } from '../../format/formatValue';
import { formatFold, formatTimes, formatUsdTrillions } from '../../format/numbers';
import { translate, type Messages } from '../../i18n/translate';
import type { NvidiaMarketCapInput, NvidiaState } from './chart';
import { formatters } from './context';

export function describeNvidiaMarketCap(input: NvidiaMarketCapInput, state: NvidiaState, messages: Messages): string {
  const { locale } = messages;
  const { start, record, friday, monday, tuesday } = input;
  const { billionsLong, percent } = formatters(locale);
  const day = (iso: string) => formatDate(iso, { locale, style: 'long' });
  const weekday = (iso: string) => formatWeekdayDate(iso, { locale });
  const trillionsLong = (value: number) => formatUsdTrillions(value, { locale, digits: 2 });
  switch (state) {
    case 'climb':
      return translate(messages, 'nvidiaMarketCap.desc.climb', {
        startDate: day(start.date),
        startValue: trillionsLong(start.value),
        recordDate: day(record.date),
        recordValue: trillionsLong(record.value),
        multiple: formatFold(input.climbMultiple, { locale, digits: 1 }),
      });
    case 'friday':
      return translate(messages, 'nvidiaMarketCap.desc.friday', {
        fromDate: day(input.zoomFrom.wide),
        fridayDate: weekday(friday.date),
        fridayValue: trillionsLong(friday.value),
      });
    case 'monday':
      return translate(messages, 'nvidiaMarketCap.desc.monday', {
        mondayDate: weekday(monday.date),
        fridayValue: trillionsLong(friday.value),
        mondayValue: trillionsLong(monday.value),
        loss: billionsLong(monday.loss),
        // The sentence says "a fall of" and "down": sizes, not signed changes.
        change: percent(-monday.change),
        lowChange: percent(-monday.lowChange),
      });
    case 'records':
      return translate(messages, 'nvidiaMarketCap.desc.records', {
        loss: billionsLong(monday.loss),
        mondayDate: day(monday.date),
        times: formatTimes(input.timesPreviousRecord, { locale, digits: 1 }),
        previousLoss: billionsLong(input.previousRecord.loss),
        previousDate: day(input.previousRecord.date),
      });
    case 'rebound':
      return translate(messages, 'nvidiaMarketCap.desc.rebound', {
        tuesdayDate: weekday(tuesday.date),
        change: percent(tuesday.change),
        tuesdayValue: trillionsLong(tuesday.value),
        regained: billionsLong(tuesday.regained),
        loss: billionsLong(monday.loss),
      });
  }
}
