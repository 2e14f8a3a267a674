// Derives every Nvidia figure the story prints from the daily prices and the chosen share count.
// Market value = close × shares outstanding (one share count for all dates; see the chapter's note).
// Pure: rows in, numbers out. Values in billions of US dollars unless named otherwise.

import type { NvdaDay, ShareCount } from '../data/datasets';
import { boomStart, selloffDay } from './storyDates';
import { dayIndex, highestClose, moveOn, nextDay } from './tradingDays';

const series = 'nvda_daily.csv';

export function shareCountUsed(counts: readonly ShareCount[]): ShareCount {
  const used = counts.filter((count) => count.used_for_market_value);
  if (used.length !== 1) {
    throw new Error(`nvda_shares_outstanding.csv: exactly one row must have used_for_market_value=yes, found ${used.length}`);
  }
  return used[0]!;
}

/** Share counts measured within this many days of the selloff: the counts of that time. */
const timelyDays = 100;

/** Counts dated to a day near the selloff; fiscal-year averages and later counts are left out. */
function countsOfTheTime(counts: readonly ShareCount[]): ShareCount[] {
  const day = Date.parse(`${selloffDay}T00:00:00Z`);
  return counts.filter((count) => {
    const asOf = /^\d{4}-\d{2}-\d{2}$/.test(count.as_of) ? Date.parse(`${count.as_of}T00:00:00Z`) : Number.NaN;
    return Math.abs(asOf - day) <= timelyDays * 86_400_000;
  });
}

export function nvidiaSelloff({ prices, shareCounts }: { prices: readonly NvdaDay[]; shareCounts: readonly ShareCount[] }) {
  const shares = shareCountUsed(shareCounts);
  const value = (close: number) => close * shares.shares_billions;

  const monday = moveOn(prices, selloffDay, { series });
  const friday = monday.previous;
  const tuesdayRow = nextDay(prices, selloffDay, { series });
  const boom = prices.slice(
    prices.findIndex((row) => row.date >= boomStart),
    dayIndex(prices, friday.date, { series }) + 1,
  );
  const start = boom[0]!;
  const record = highestClose(boom);

  const priceDrop = friday.close - monday.row.close;
  const loss = value(priceDrop);
  // The range the chapter's note gives: counts of the time only, not a 2026 count or a fiscal-year average.
  const timely = new Set(countsOfTheTime(shareCounts));
  const lossByShareCount = shareCounts.map((count) => ({ count, loss: priceDrop * count.shares_billions, ofTheTime: timely.has(count) }));
  const lossOfTheTime = lossByShareCount.filter((entry) => entry.ofTheTime);

  return {
    shares,
    start: { date: start.date, close: start.close, value: value(start.close) },
    record: { date: record.date, close: record.close, value: value(record.close) },
    /** How many times the share price multiplied from the first trading day of 2023 to the record close. */
    climbMultiple: record.close / start.close,
    friday: { date: friday.date, close: friday.close, value: value(friday.close), belowRecord: friday.close / record.close - 1 },
    monday: {
      date: monday.row.date,
      open: monday.row.open,
      high: monday.row.high,
      low: monday.row.low,
      close: monday.row.close,
      change: monday.change,
      lowChange: monday.row.low / friday.close - 1,
      value: value(monday.row.close),
      priceDrop,
      loss,
      volume: monday.row.volume,
    },
    tuesday: {
      date: tuesdayRow.date,
      close: tuesdayRow.close,
      change: tuesdayRow.close / monday.row.close - 1,
      value: value(tuesdayRow.close),
      regained: value(tuesdayRow.close - monday.row.close),
      /** Share of Monday's loss won back on Tuesday. */
      regainedShare: (tuesdayRow.close - monday.row.close) / priceDrop,
    },
    lossByShareCount,
    lossRange: {
      min: Math.min(...lossOfTheTime.map((entry) => entry.loss)),
      max: Math.max(...lossOfTheTime.map((entry) => entry.loss)),
      minShares: Math.min(...lossOfTheTime.map((entry) => entry.count.shares_billions)),
      maxShares: Math.max(...lossOfTheTime.map((entry) => entry.count.shares_billions)),
    },
  };
}

export type NvidiaSelloff = ReturnType<typeof nvidiaSelloff>;
