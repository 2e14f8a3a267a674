// Build-time only: chipStocks's input, prepared from the figures it names. The same input feeds the
// static SVG and is published as JSON for the browser, so both render identical scenes.

import type { ChipStocksInput } from './chart';
import { chipChartSymbols } from '../../editorial/companies';
import type { StoryFigures } from '../../story/loadStory';

export function chipStocksInput({ sessions, chipIndex }: Pick<StoryFigures, 'sessions' | 'chipIndex'>): ChipStocksInput {
  const newYork = sessions.find((session) => session.id === 'newYorkMonday');
  if (!newYork) throw new Error('chipStocksInput: no New York session');
  const symbols: readonly string[] = chipChartSymbols;
  return {
    date: newYork.date,
    stocks: newYork.moves
      .filter((move) => symbols.includes(move.symbol))
      .map(({ symbol, name, change, basis, digits }) => ({ symbol, name, change, basis, digits })),
    indices: [
      { key: 'sox', change: chipIndex.monday.change },
      { key: 'nasdaq', change: chipIndex.nasdaq.change },
      { key: 'sp500', change: chipIndex.sp500.change },
    ],
    leaders: 3,
  };
}
