import { describe, expect, it } from 'vitest';
import type { Inspectable } from '../../src/charts/shared/scene';
import { heardAtMost, toneSeries } from '../../src/chart-runtime/toneSeries';

const day = (index: number, value: number | undefined, y = 100 - index, words = String(value ?? 'event')): Inspectable => ({
  x: index,
  y,
  snap: 'x',
  ...(value === undefined ? {} : { value }),
  read: () => `day ${index}: ${words}`,
});

describe('toneSeries (what Listen plays and says)', () => {
  it('says each point’s own words, even when two points have one pitch', () => {
    // Days of several lines, heard by one height: two days at one height say different figures.
    const lines = [day(0, undefined, 40, 'Nvidia 88'), day(1, undefined, 40, 'Nvidia 95'), day(2, undefined, 30, 'Nvidia 97')];
    const heard = toneSeries(lines, ': ');
    expect(heard.pitches.map(heard.valueOf)).toEqual(['Nvidia 88', 'Nvidia 95', 'Nvidia 97']);
    const items = [day(0, 95), day(1, 88), day(2, 95), day(3, 88), day(4, 90)];
    const series = toneSeries(items, ': ');
    expect(series.labels).toEqual(['day 0', 'day 1', 'day 2', 'day 3', 'day 4']);
    expect(series.pitches.map(series.valueOf)).toEqual(['95', '88', '95', '88', '90']);
    expect(new Set(series.pitches).size).toBe(items.length);
    // Distinct by far less than a note: the order of values is the order of pitches.
    expect(series.pitches[1]! < series.pitches[4]! && series.pitches[4]! < series.pitches[0]!).toBe(true);
  });

  it('pitches by value where there are values, else by height on screen', () => {
    const valued = toneSeries([day(0, 3), day(1, 1), day(2, 2)], ': ');
    expect(valued.pitches.map(Math.round)).toEqual([3, 1, 2]);
    const events = toneSeries([day(0, undefined, 40), day(1, undefined, 10)], ': ');
    expect(events.pitches[1]! > events.pitches[0]!).toBe(true);
    expect(events.labels).toEqual(['day 0', 'day 1']);
  });

  it(`thins a long series to ${heardAtMost} points, evenly, keeping its first, last, highest and lowest`, () => {
    const values = Array.from({ length: 519 }, (_, index) => 100 + Math.sin(index / 7) * 10 + index / 10);
    values[123] = 500;
    values[321] = -5;
    const items = values.map((value, index) => day(index, value));
    const series = toneSeries(items, ': ');
    expect(series.items.length).toBeLessThanOrEqual(heardAtMost);
    expect(series.items.length).toBeGreaterThan(heardAtMost - 5);
    for (const kept of [0, 123, 321, 518]) expect(series.items).toContain(items[kept]);
    const positions = series.items.map((item) => items.indexOf(item));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // No gap between two points heard is more than twice the even step.
    const gaps = positions.slice(1).map((position, index) => position - positions[index]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(Math.ceil((2 * 518) / (heardAtMost - 3)));
  });
});
