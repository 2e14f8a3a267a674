// The Nvidia chapter's printable facts, computed from the derived selloff figures.

import type { NvidiaSelloff } from '../derive/nvidiaSelloff';
import type { intradayCheck, recordLossRanking } from '../derive/recordLosses';
import type { FactTable } from './defineFacts';

const pct = { kind: 'percent', digits: 2 } as const;
const usd = { kind: 'usd' } as const;
const day = { kind: 'date', style: 'long' } as const;
const trillions = { kind: 'usdTrillions', digits: 2 } as const;
const billions = { kind: 'usdBillions', digits: 0 } as const;

export function nvidiaFacts({
  nvidia,
  records,
  intraday,
}: {
  nvidia: NvidiaSelloff;
  records: ReturnType<typeof recordLossRanking>;
  intraday: ReturnType<typeof intradayCheck>;
}): FactTable {
  const { start, record, friday, monday, tuesday, shares, lossRange } = nvidia;
  return {
    'nvidia.start.date': { value: start.date, format: day },
    'nvidia.start.close': { value: start.close, format: usd },
    'nvidia.start.value': { value: start.value, format: { kind: 'usdBillions', digits: 0 } },
    'nvidia.record.date': { value: record.date, format: day },
    'nvidia.record.close': { value: record.close, format: usd },
    'nvidia.record.value': { value: record.value, format: trillions },
    'nvidia.climb.multiple': { value: nvidia.climbMultiple, format: { kind: 'fold', digits: 1 } },
    'nvidia.friday.date': { value: friday.date, format: { kind: 'date', style: 'weekday' } },
    'nvidia.friday.close': { value: friday.close, format: usd },
    'nvidia.friday.value': { value: friday.value, format: trillions },
    'nvidia.friday.offRecord': { value: -friday.belowRecord, format: { kind: 'percent', digits: 1 } },
    'nvidia.monday.date': { value: monday.date, format: { kind: 'date', style: 'weekday' } },
    'nvidia.monday.dateline': { value: monday.date, format: { kind: 'date', style: 'weekdayLong' } },
    'nvidia.monday.open': { value: monday.open, format: usd },
    'nvidia.monday.low': { value: monday.low, format: usd },
    'nvidia.monday.high': { value: monday.high, format: usd },
    'nvidia.monday.close': { value: monday.close, format: usd },
    'nvidia.monday.change': { value: monday.change, format: pct },
    // Magnitudes, for prose that already says "fell" or "down".
    'nvidia.monday.fall': { value: -monday.change, format: pct },
    'nvidia.monday.lowFall': { value: -monday.lowChange, format: pct },
    'nvidia.monday.value': { value: monday.value, format: trillions },
    'nvidia.monday.priceDrop': { value: monday.priceDrop, format: usd },
    'nvidia.monday.loss': { value: monday.loss, format: billions },
    'nvidia.monday.lossPrecise': { value: monday.loss, format: { kind: 'usdBillions', digits: 1 } },
    'nvidia.monday.volume': { value: monday.volume / 1e6, format: { kind: 'number', digits: 0 } },
    'nvidia.tuesday.date': { value: tuesday.date, format: { kind: 'date', style: 'weekday' } },
    'nvidia.tuesday.close': { value: tuesday.close, format: usd },
    'nvidia.tuesday.change': { value: tuesday.change, format: { kind: 'percent', digits: 2, signed: true } },
    'nvidia.tuesday.rise': { value: tuesday.change, format: pct },
    'nvidia.tuesday.regained': { value: tuesday.regained, format: billions },
    'nvidia.tuesday.regainedShare': { value: tuesday.regainedShare, format: { kind: 'percent', digits: 0 } },
    'nvidia.shares.used': { value: shares.shares_billions, format: { kind: 'billions', digits: 2 } },
    'nvidia.shares.asOf': { value: shares.as_of, format: day },
    'nvidia.shares.min': { value: lossRange.minShares, format: { kind: 'billions', digits: 2 } },
    'nvidia.shares.max': { value: lossRange.maxShares, format: { kind: 'billions', digits: 2 } },
    'nvidia.lossRange.min': { value: lossRange.min, format: billions },
    'nvidia.lossRange.max': { value: lossRange.max, format: billions },
    'nvidia.records.reported.min': { value: records.selloff.reported.min, format: billions },
    'nvidia.records.reported.max': { value: records.selloff.reported.max, format: billions },
    'nvidia.records.rank': { value: records.rank, format: { kind: 'number' } },
    'nvidia.records.previous.date': { value: records.previousRecord.date, format: day },
    'nvidia.records.previous.loss': { value: records.previousRecord.loss, format: billions },
    'nvidia.records.timesPrevious': { value: records.timesPreviousRecord, format: { kind: 'multiple', digits: 1 } },
    'nvidia.records.count': { value: records.events.length, format: { kind: 'number' } },
    'nvidia.intraday.reported': { value: intraday.reported, format: billions },
    'nvidia.intraday.impliedPrice': { value: intraday.impliedPrice, format: usd },
    'nvidia.intraday.impliedFall': { value: -intraday.impliedChange, format: { kind: 'percent', digits: 1 } },
  };
}
