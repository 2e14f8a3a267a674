// Chip-index figures checked against the values documented in content/data/SOURCES.md.
import { describe, expect, it } from 'vitest';
import { datasets } from '../../src/data/datasets';
import { readDataset } from '../../src/data/readDataset';
import { chipIndexSelloff, worstMoves } from '../../src/derive/chipIndexSelloff';
import { soxDailyMovesInput } from '../../src/charts/soxDailyMoves/input';
import { loadStory } from '../../src/story/loadStory';

const sox = readDataset(datasets.soxDaily);
const indices = readDataset(datasets.indicesDaily);
const chip = chipIndexSelloff({ sox, indices });
const pct = (ratio: number) => Math.round(ratio * 10_000) / 100;

describe('chipIndexSelloff({sox, indices})', () => {
  it('computes the SOX at −9.15 % on 27 January (intraday low −10.42 %)', () => {
    expect(chip.monday).toMatchObject({ date: '2025-01-27', close: 4853.24, previousClose: 5341.94, previousDate: '2025-01-24' });
    expect(pct(chip.monday.change)).toBe(-9.15);
    expect(pct(chip.monday.lowChange)).toBe(-10.42);
  });

  it('finds it the worst day since 18 March 2020, with only March 2020 days worse', () => {
    expect(chip.worstSince.date).toBe('2020-03-18');
    expect(chip.worseBefore.map((move) => move.date)).toEqual(['2020-03-12', '2020-03-16', '2020-03-18']);
    expect(chip.worseBefore.every((move) => move.date.startsWith('2020-03'))).toBe(true);
    expect(chip.rankAtTheTime).toBe(4);
  });

  it('says honestly that 3 April 2025 later beat it', () => {
    expect(chip.worseAfter.map((move) => [move.date, pct(move.change)])).toEqual([['2025-04-03', -9.88]]);
  });

  it('ranks the worst days as in SOURCES.md', () => {
    expect(worstMoves(chip.moves, 8).map((move) => [move.date, pct(move.change)])).toEqual([
      ['2020-03-16', -15.9],
      ['2020-03-12', -10.91],
      ['2025-04-03', -9.88],
      ['2020-03-18', -9.79],
      ['2025-01-27', -9.15],
      ['2020-03-09', -8.34],
      ['2025-04-10', -7.97],
      ['2024-09-03', -7.75],
    ]);
  });

  it('puts the Nasdaq at −3.07 % and the S&P 500 at −1.46 % on the same day', () => {
    expect(pct(chip.nasdaq.change)).toBe(-3.07);
    expect(pct(chip.sp500.change)).toBe(-1.46);
    expect(chip.nasdaq.close).toBe(19341.83);
  });

  it('finds the pandemic low and the peak before the selloff', () => {
    const before = sox.filter((row) => row.date < '2025-01-27');
    expect(chip.peak.close).toBe(Math.max(...before.map((row) => row.close)));
    expect(chip.covidLow.date.startsWith('2020-03')).toBe(true);
  });
});

describe('soxDailyMovesInput(story)', () => {
  const input = soxDailyMovesInput(loadStory());

  it('bins every daily move up to the selloff exactly once', () => {
    const total = input.bins.reduce((sum, bin) => sum + bin.count, 0);
    expect(total).toBe(chip.moves.filter((move) => move.date <= '2025-01-27').length);
  });

  it('uses contiguous half-point bins', () => {
    input.bins.slice(1).forEach((bin, index) => expect(bin.x0).toBeCloseTo(input.bins[index]!.x1, 9));
    expect(input.bins.every((bin) => Math.abs(bin.x1 - bin.x0 - 0.005) < 1e-9)).toBe(true);
  });

  it('draws the selloff among the extreme days, and no day after it', () => {
    expect(input.extremes.map((move) => move.date)).toContain('2025-01-27');
    expect(input.extremes.every((move) => move.date <= '2025-01-27' && move.change <= -0.07)).toBe(true);
  });
});
