// Derived figures checked against the values documented independently in content/data/SOURCES.md.
import { describe, expect, it } from 'vitest';
import { datasets } from '../../src/data/datasets';
import { readDataset } from '../../src/data/readDataset';
import { nvidiaSelloff, shareCountUsed } from '../../src/derive/nvidiaSelloff';
import { intradayCheck, isIntradayReport, recordLossRanking } from '../../src/derive/recordLosses';
import { dailyMoves, moveOn } from '../../src/derive/tradingDays';

const prices = readDataset(datasets.nvdaDaily);
const shareCounts = readDataset(datasets.nvdaSharesOutstanding);
const reports = readDataset(datasets.recordLosses);
const nvidia = nvidiaSelloff({ prices, shareCounts });
const pct = (ratio: number) => Math.round(ratio * 10_000) / 100;

describe('nvidiaSelloff({prices, shareCounts})', () => {
  it('finds the Friday before and the Tuesday after the selloff in the data', () => {
    expect(nvidia.friday).toMatchObject({ date: '2025-01-24', close: 142.62 });
    expect(nvidia.monday).toMatchObject({ date: '2025-01-27', close: 118.42, open: 124.8, low: 116.7, high: 128.4 });
    expect(nvidia.tuesday).toMatchObject({ date: '2025-01-28', close: 128.99 });
  });

  it('computes Monday at −16.97 % and the intraday low at −18.17 %', () => {
    expect(pct(nvidia.monday.change)).toBe(-16.97);
    expect(pct(nvidia.monday.lowChange)).toBe(-18.17);
  });

  it('computes Tuesday at +8.93 %', () => {
    expect(pct(nvidia.tuesday.change)).toBe(8.93);
  });

  it('uses the 10-Q share count and gets a loss of $592.7 B ($3.49 T → $2.90 T)', () => {
    expect(nvidia.shares.shares_billions).toBe(24.49);
    expect(nvidia.monday.priceDrop).toBeCloseTo(24.2, 10);
    expect(Math.round(nvidia.monday.loss * 10) / 10).toBe(592.7);
    expect(Math.round(nvidia.friday.value / 10) / 100).toBe(3.49);
    expect(Math.round(nvidia.monday.value / 10) / 100).toBe(2.9);
  });

  it('gives $588.3 B with the smallest share count and $599.5 B with macrotrends', () => {
    const byId = new Map(nvidia.lossByShareCount.map((entry) => [entry.count.id, Math.round(entry.loss * 10) / 10]));
    expect(byId.get('wallstreetnumbers-2026')).toBe(588.3);
    expect(byId.get('macrotrends-2024-10-31')).toBe(599.5);
    // The note's range uses only counts dated near the selloff: not the 2026 count, not fiscal-2024 averages.
    expect(nvidia.lossRange.minShares).toBe(nvidia.shares.shares_billions);
    expect(nvidia.lossRange.maxShares).toBe(24.804);
    expect(nvidia.lossRange.min).toBeGreaterThan(byId.get('wallstreetnumbers-2026')!);
  });

  it('finds the record close of the boom before the selloff, from 2023', () => {
    expect(nvidia.start.date).toBe('2023-01-03');
    const before = prices.filter((row) => row.date < '2025-01-27');
    expect(nvidia.record.close).toBe(Math.max(...before.map((row) => row.close)));
    expect(nvidia.climbMultiple).toBeCloseTo(nvidia.record.close / 14.315, 10);
  });

  it('refuses a share-count file with no row marked as used', () => {
    expect(() => shareCountUsed(shareCounts.map((count) => ({ ...count, used_for_market_value: false })))).toThrow(/exactly one row/);
  });
});

describe('tradingDays', () => {
  it('moveOn(rows, date) compares with the previous real session', () => {
    const move = moveOn(prices, '2025-01-27', { series: 'nvda' });
    expect(move.previous.date).toBe('2025-01-24');
  });

  it('moveOn fails for a date that is not a trading day', () => {
    expect(() => moveOn(prices, '2025-01-25', { series: 'nvda' })).toThrow('nvda: no trading day on 2025-01-25');
  });

  it('dailyMoves(rows) has one fewer entry than rows and Monday is the worst since 2023', () => {
    const moves = dailyMoves(prices);
    expect(moves).toHaveLength(prices.length - 1);
    const worst = moves.reduce((a, b) => (b.change < a.change ? b : a));
    expect(worst.row.date).toBe('2025-01-27');
  });
});

describe('recordLossRanking({reports, nvidia})', () => {
  const ranking = recordLossRanking({ reports, nvidia, prices });

  it('ranks the computed 27 January loss first, ahead of the 3 Sep 2024 record', () => {
    expect(ranking.rank).toBe(1);
    expect(ranking.events[0]!.computed).toBe(true);
    expect(ranking.previousRecord).toMatchObject({ ticker: 'NVDA', date: '2024-09-03', loss: 279 });
    expect(ranking.timesPreviousRecord).toBeCloseTo(nvidia.monday.loss / 279, 10);
  });

  it('leaves the intraday $465 B report out of the closing range ($589–600 B)', () => {
    expect(ranking.selloff.reported).toEqual({ min: 589, max: 600 });
    expect(ranking.selloff.sources.map((source) => source.loss)).not.toContain(465);
  });

  it('merges two reports of one event and shows the lowest (Apple, 3 Sep 2020)', () => {
    const apple = ranking.events.find((event) => event.ticker === 'AAPL');
    expect(apple).toMatchObject({ loss: 179.92, reported: { min: 179.92, max: 182 } });
    expect(apple!.sources).toHaveLength(2);
  });

  it('lists Broadcom as a second loss on the same day', () => {
    expect(ranking.sameDayOthers.map((event) => event.company)).toEqual(['Broadcom']);
  });

  it('adds Nvidia days no report covered, computed from its closes (7 January 2025, 4th)', () => {
    const january = ranking.events.find((event) => event.key === 'NVDA-2025-01-07');
    expect(january).toMatchObject({ computed: true, selloff: false });
    expect(january!.loss).toBeCloseTo((149.43 - 140.14) * 24.49, 1);
    expect(ranking.events.indexOf(january!)).toBe(3);
    // A reported day keeps its reported figure: 3 September 2024 stays at $279 B.
    expect(ranking.events.filter((event) => event.date === '2024-09-03')).toHaveLength(1);
    expect(ranking.events.every((event) => event.date <= '2025-01-27')).toBe(true);
  });

  it('sorts events by loss, largest first', () => {
    const losses = ranking.events.map((event) => event.loss);
    expect(losses).toEqual([...losses].sort((a, b) => b - a));
  });
});

describe('intradayCheck({reports, nvidia})', () => {
  it('recognises the intraday report by its text', () => {
    expect(reports.filter(isIntradayReport).map((report) => report.loss_usd_billions)).toEqual([465]);
  });

  it('shows that $465 B implies a price inside Monday’s range, about −13 %, not the close', () => {
    const check = intradayCheck({ reports, nvidia });
    expect(check.withinDayRange).toBe(true);
    expect(check.impliedPrice).toBeGreaterThan(nvidia.monday.close);
    expect(pct(check.impliedChange)).toBeCloseTo(-13.31, 1);
  });
});
