// What happened after the selloff, computed from the daily closes: when each series first closed back
// above its level of Friday 24 January, its lowest close afterwards, and where it ended. Pure.

import type { DailyClose } from './tradingDays';

export interface Recovery {
  /** The level to regain: the close of the last session before the selloff. */
  before: DailyClose;
  /** First later close at or above that level, if any in the data. */
  regained: DailyClose | undefined;
  lowest: DailyClose;
  last: DailyClose;
}

export function recoveryAfter(rows: readonly DailyClose[], { selloffDay }: { selloffDay: string }): Recovery {
  const index = rows.findIndex((row) => row.date === selloffDay);
  if (index < 1) throw new Error(`recoveryAfter: ${selloffDay} is not a trading day after the first row`);
  const before = rows[index - 1]!;
  const later = rows.slice(index + 1);
  if (later.length === 0) throw new Error(`recoveryAfter: no trading day after ${selloffDay}`);
  return {
    before,
    regained: later.find((row) => row.close >= before.close),
    lowest: later.reduce((low, row) => (row.close < low.close ? row : low)),
    last: later.at(-1)!,
  };
}

/** The last day before `date` on which the series fell at least as much, or undefined. */
export function worstSince(rows: readonly DailyClose[], date: string): { date: string; change: number } | undefined {
  const moves = rows.slice(1).map((row, index) => ({ date: row.date, change: row.close / rows[index]!.close - 1 }));
  const day = moves.find((move) => move.date === date);
  if (!day) throw new Error(`worstSince: no move on ${date}`);
  return moves.filter((move) => move.date < date && move.change <= day.change).at(-1);
}
