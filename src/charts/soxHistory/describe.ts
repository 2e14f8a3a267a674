// soxHistory's words for each state (the scene's description), written at build only: the page
// carries them, and the browser reads them there. Pure.

import { formatDate } from '../../format/dates';
import { formatWeekdayDate } from '../../format/formatValue';
import { formatFold, formatNumber, formatPercent, newsDigits } from '../../format/numbers';
import { translate, type Messages } from '../../i18n/translate';
import type { SoxHistoryInput, SoxHistoryState } from './chart';

export function describeSoxHistory(input: SoxHistoryInput, state: SoxHistoryState, messages: Messages): string {
  const { locale } = messages;
  const { covidLow, peak, friday, monday } = input;
  const points = (value: number) => formatNumber(value, { locale, digits: 0 });
  return state === 'selloff'
    ? translate(messages, 'soxHistory.desc.selloff', {
        date: formatWeekdayDate(monday.date, { locale }),
        change: formatPercent(-monday.change, { locale, digits: newsDigits(2) }),
        close: points(monday.close),
        previous: points(friday.close),
      })
    : translate(messages, 'soxHistory.desc.boom', {
        lowDate: formatDate(covidLow.date, { locale, style: 'long' }),
        low: points(covidLow.close),
        peakDate: formatDate(peak.date, { locale, style: 'long' }),
        peak: points(peak.close),
        multiple: formatFold(input.climbMultiple, { locale, digits: 1 }),
      });
}
