// chipStocks's words for each state (the scene's description), written at build only: the page
// carries them, and the browser reads them there. Pure.

import { formatCount, formatPercent, newsDigits } from '../../format/numbers';
import { translate, type Messages } from '../../i18n/translate';
import { companyName } from '../shared/companyName';
import type { ChipStocksInput, ChipStocksState } from './chart';

export function describeChipStocks(input: ChipStocksInput, state: ChipStocksState, messages: Messages): string {
  const { locale } = messages;
  const pct = (value: number, digits?: number) => formatPercent(value, { locale, digits: newsDigits(digits) });
  const change = (key: ChipStocksInput['indices'][number]['key']) => input.indices.find((index) => index.key === key)?.change ?? 0;
  // The sentences say "fell": sizes of falls, at each figure's own precision.
  const worst = input.stocks[0];
  return translate(messages, `chipStocks.desc.${state}`, {
    worst: worst ? companyName(messages, worst) : '',
    worstChange: pct(-(worst?.change ?? 0), worst?.digits),
    count: formatCount(input.stocks.length, { locale }),
    sox: pct(-change('sox')),
    nasdaq: pct(-change('nasdaq')),
    sp500: pct(-change('sp500')),
  });
}
