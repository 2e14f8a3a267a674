// What happened after the selloff, computed from the daily closes: when each series first closed back
// above its level of Friday 24 January, its lowest close afterwards, and where it ended. Pure.

import type { IndexDay, NvdaDay, SoxDay } from '../data/datasets';
import { aftermathMonth, selloffDay } from './storyDates';
import { asBadBefore, dailyMoves, highestClose, lowestClose, moveOn, type DailyClose } from './tradingDays';

export interface Recovery {
  /** The level to regain: the close of the last session before the selloff. */
  before: DailyClose;
  /** First later close at or above that level, if any in the data. */
  regained: DailyClose | undefined;
  lowest: DailyClose;
  last: DailyClose;
}

function recoveryAfter(rows: readonly DailyClose[], { selloffDay }: { selloffDay: string }): Recovery {
  const { row: monday, previous: before } = moveOn(rows, selloffDay, { series: 'recoveryAfter' });
  const later = rows.slice(rows.indexOf(monday) + 1);
  if (later.length === 0) throw new Error(`recoveryAfter: no trading day after ${selloffDay}`);
  return {
    before,
    regained: later.find((row) => row.close >= before.close),
    lowest: lowestClose(later),
    last: later.at(-1)!,
  };
}

/** The last day before `date` on which the series fell at least as much, or undefined. */
function worstSince(rows: readonly DailyClose[], date: string): { date: string; change: number } | undefined {
  const day = moveOn(rows, date, { series: 'worstSince' });
  const moves = dailyMoves(rows).map((move) => ({ date: move.row.date, change: move.change }));
  return asBadBefore(moves, date, day.change).at(-1);
}

/** The aftermath's figures: each series' recovery, the Nasdaq's "worst since" and the S&P 500's February high. */
export function aftermath({ prices, sox, indices }: { prices: readonly NvdaDay[]; sox: readonly SoxDay[]; indices: readonly IndexDay[] }) {
  const nasdaq = indices.filter((row) => row.symbol === '^IXIC');
  const sp500 = indices.filter((row) => row.symbol === '^GSPC');
  const inMonth = sp500.filter((row) => row.date.startsWith(aftermathMonth));
  if (inMonth.length === 0) throw new Error(`indices_daily.csv ^GSPC: no trading day in ${aftermathMonth}`);
  return {
    nvidia: recoveryAfter(prices, { selloffDay }),
    sox: recoveryAfter(sox, { selloffDay }),
    nasdaq: recoveryAfter(nasdaq, { selloffDay }),
    sp500: recoveryAfter(sp500, { selloffDay }),
    nasdaqWorstSince: worstSince(nasdaq, selloffDay),
    sp500FebruaryHigh: highestClose(inMonth),
    /** Nvidia's last close of the month after the selloff. */
    nvidiaMonthEnd: prices.filter((row) => row.date.startsWith(aftermathMonth)).at(-1)!,
  };
}
