// The chip-index chapter's printable facts: the SOX's move, its rank among daily moves since 2020,
// the broad indices for scale.

import type { ChipIndexSelloff } from '../derive/chipIndexSelloff';
import type { SessionMoves } from '../derive/sessionMoves';
import type { FactTable } from './defineFacts';

const pct = { kind: 'percent', digits: 2 } as const;
const day = { kind: 'date', style: 'long' } as const;
const points = { kind: 'number', digits: 0 } as const;

export function chipFacts({ chipIndex, sessions }: { chipIndex: ChipIndexSelloff; sessions: readonly SessionMoves[] }): FactTable {
  const { monday, worstSince, worseBefore, worseAfter, covidLow, peak, nasdaq, sp500 } = chipIndex;
  const firstLater = worseAfter[0];
  const newYork = sessions.find((session) => session.id === 'newYorkMonday');
  const daysToSelloff = chipIndex.moves.filter((move) => move.date <= monday.date).length;
  return {
    'sox.firstDate': { value: chipIndex.firstDate, format: day },
    'sox.covidLow.date': { value: covidLow.date, format: day },
    'sox.covidLow.close': { value: covidLow.close, format: points },
    'sox.peak.date': { value: peak.date, format: day },
    'sox.peak.close': { value: peak.close, format: points },
    'sox.climb.multiple': { value: chipIndex.climbMultiple, format: { kind: 'fold', digits: 1 } },
    'sox.friday.close': { value: monday.previousClose, format: points },
    'sox.monday.close': { value: monday.close, format: points },
    'sox.monday.change': { value: monday.change, format: pct },
    'sox.monday.fall': { value: -monday.change, format: pct },
    'sox.monday.lowFall': { value: -monday.lowChange, format: pct },
    'sox.days.count': { value: daysToSelloff, format: { kind: 'number' } },
    'sox.worstSince.date': { value: worstSince.date, format: day },
    'sox.worstSince.fall': { value: -worstSince.change, format: pct },
    'sox.worseBefore.count': { value: worseBefore.length, format: { kind: 'count' } },
    'sox.rankAtTheTime': { value: chipIndex.rankAtTheTime, format: { kind: 'ordinal' } },
    'sox.rankInAllData': { value: chipIndex.rankInAllData, format: { kind: 'ordinal' } },
    'sox.tuesday.rise': { value: chipIndex.tuesday.change, format: pct },
    // The data rounded to one decimal, for prose that compares it with the reported figure.
    'sox.monday.fallOneDecimal': { value: -monday.change, format: { kind: 'percent', digits: 1 } },
    ...(firstLater
      ? {
          'sox.worseAfter.date': { value: firstLater.date, format: day },
          'sox.worseAfter.fall': { value: -firstLater.change, format: pct },
        }
      : {}),
    'sox.lastDate': { value: chipIndex.lastDate, format: day },
    'nasdaq.monday.change': { value: nasdaq.change, format: pct },
    'nasdaq.monday.fall': { value: -nasdaq.change, format: pct },
    'nasdaq.monday.close': { value: nasdaq.close, format: { kind: 'number', digits: 2 } },
    'sp500.monday.change': { value: sp500.change, format: pct },
    'sp500.monday.fall': { value: -sp500.change, format: pct },
    'sox.timesNasdaq': { value: monday.change / nasdaq.change, format: { kind: 'multiple', digits: 0, words: true } },
    'newYork.fallers.count': { value: newYork?.moves.filter((move) => move.change < 0).length ?? 0, format: { kind: 'count' } },
  };
}
