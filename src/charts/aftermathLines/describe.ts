// aftermathLines's words for each state (the scene's description), written at build only: the page
// carries them, and the browser reads them there. Pure.

import { formatDate } from '../../format/dates';
import { formatNumber } from '../../format/numbers';
import { translate, type Messages } from '../../i18n/translate';
import { lastOnOrBefore } from '../shared/timeSeries';
import type { AftermathInput, AftermathState, IndexedSeries, MarketSeries } from './chart';

export function describeAftermath(input: AftermathInput, state: AftermathState, messages: Messages): string {
  const { locale } = messages;
  const end = input.stateEnds[state];
  const market = state === 'february' ? input.market : [];
  const number = (value: number) => formatNumber(value, { locale, digits: 0 });
  const longDate = (iso: string | undefined) => (iso ? formatDate(iso, { locale, style: 'long' }) : '—');
  // A line's level on the state's last day, if the state draws it.
  const at = (entry: IndexedSeries | MarketSeries | undefined) => (entry ? number(lastOnOrBefore(entry.points, end)![1]) : '—');
  const nvidia = input.series.find((entry) => entry.key === 'nvidia')!;
  return translate(messages, `aftermathLines.desc.${state}`, {
    date: longDate(end),
    nvidia: at(nvidia),
    sox: at(input.series.find((entry) => entry.key === 'sox')),
    sp500: at(market.find((entry) => entry.key === 'sp500')),
    nasdaq: at(market.find((entry) => entry.key === 'nasdaq')),
    // nvidiaRegained, soxRegained, sp500Regained, nasdaqRegained
    ...Object.fromEntries([...input.series, ...input.market].map((entry) => [`${entry.key}Regained`, longDate(entry.regained)])),
    nvidiaLow: number(nvidia.lowest.value),
    nvidiaLowDate: longDate(nvidia.lowest.date),
  });
}
