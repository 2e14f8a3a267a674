// Derives the chip-index figures: the SOX's climb since 2020, its move on the selloff day, how that
// move ranks among every daily move since 2020 ("worst since …") and which later days beat it.
// Pure: rows in, figures out. Changes are ratios (−0.0915 is −9.15 %).

import type { IndexDay, SoxDay } from '../data/datasets';
import { covidCrashYear, selloffDay } from './storyDates';
import { asBadBefore, dailyMoves, highestClose, lowestClose, moveOn, type DailyMove } from './tradingDays';

export interface DayMove {
  date: string;
  change: number;
}

const asDayMove = (move: DailyMove<SoxDay>): DayMove => ({ date: move.row.date, change: move.change });

export function chipIndexSelloff({ sox, indices }: { sox: readonly SoxDay[]; indices: readonly IndexDay[] }) {
  const moves = dailyMoves(sox).map(asDayMove);
  const monday = moveOn(sox, selloffDay, { series: 'sox_daily.csv' });
  const after = moves.filter((move) => move.date > selloffDay);
  const worseBefore = asBadBefore(moves, selloffDay, monday.change);
  const worstSince = worseBefore.at(-1);
  if (!worstSince) throw new Error(`sox_daily.csv: no day before ${selloffDay} was as bad; "worst since" is undefined`);

  const boom = sox.filter((row) => row.date < selloffDay);
  const covidYear = boom.filter((row) => row.date.startsWith(covidCrashYear));
  if (covidYear.length === 0) throw new Error(`sox_daily.csv: no rows in ${covidCrashYear}`);
  const covidLow = lowestClose(covidYear);
  const peak = highestClose(boom);

  const indexMove = (symbol: string) => {
    const rows = indices.filter((row) => row.symbol === symbol);
    return moveOn(rows, selloffDay, { series: `indices_daily.csv ${symbol}` });
  };
  const nasdaq = indexMove('^IXIC');
  const sp500 = indexMove('^GSPC');

  return {
    moves,
    monday: {
      date: monday.row.date,
      close: monday.row.close,
      previousClose: monday.previous.close,
      previousDate: monday.previous.date,
      change: monday.change,
      low: monday.row.low,
      lowChange: monday.row.low / monday.previous.close - 1,
    },
    /** Days before the selloff that fell as much or more, oldest first. */
    worseBefore,
    /** The last earlier day that was as bad: the selloff was the worst day since then. */
    worstSince,
    /** Rank of the selloff among all moves up to and including it (1 = worst). */
    rankAtTheTime: worseBefore.length + 1,
    /** Later days in the data that fell further. */
    worseAfter: after.filter((move) => move.change < monday.change),
    /** Rank of the selloff among every move in the data, later ones included. */
    rankInAllData: moves.filter((move) => move.change < monday.change).length + 1,
    /** The next session's move (Tuesday 28 January). */
    tuesday: after[0]!,
    covidLow: { date: covidLow.date, close: covidLow.close },
    peak: { date: peak.date, close: peak.close },
    /** How many times the index multiplied from its 2020 low to its peak before the selloff. */
    climbMultiple: peak.close / covidLow.close,
    firstDate: moves[0]!.date,
    lastDate: moves.at(-1)!.date,
    nasdaq: { close: nasdaq.row.close, change: nasdaq.change },
    sp500: { close: sp500.row.close, change: sp500.change },
  };
}

export type ChipIndexSelloff = ReturnType<typeof chipIndexSelloff>;

/** The `count` worst daily moves among `moves`, worst first. */
export function worstMoves(moves: readonly DayMove[], count: number): DayMove[] {
  return [...moves].sort((a, b) => a.change - b.change || a.date.localeCompare(b.date)).slice(0, count);
}
