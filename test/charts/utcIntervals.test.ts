// The charts' own UTC intervals give d3-time's boundaries, date for date, over the spans the
// story's axes cover (hours of a trading day to years of history), from odd starting instants.
import { utcDay, utcHour, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { describe, expect, it } from 'vitest';
import { utcInterval } from '../../src/charts/shared/utcIntervals';

const cases: [string, ReturnType<typeof utcInterval>, TimeInterval][] = [
  ['hour', utcInterval('hour'), utcHour],
  ['3 hours', utcInterval('hour', 3), utcHour.every(3)!],
  ['24 hours', utcInterval('hour', 24), utcHour.every(24)!],
  ['day', utcInterval('day'), utcDay],
  ['2 days', utcInterval('day', 2), utcDay.every(2)!],
  ['Monday', utcInterval('week'), utcMonday],
  ['2 Mondays', utcInterval('week', 2), utcMonday.every(2)!],
  ['month', utcInterval('month'), utcMonth],
  ['quarter', utcInterval('month', 3), utcMonth.every(3)!],
  ['half year', utcInterval('month', 6), utcMonth.every(6)!],
  ['year', utcInterval('year'), utcYear],
];

const spans: [Date, Date][] = [
  [new Date('2025-01-26T22:15:00Z'), new Date('2025-01-28T06:00:00Z')],
  [new Date('2025-01-27T00:00:00Z'), new Date('2025-01-27T00:00:00Z')],
  [new Date('2024-12-31T23:59:59.999Z'), new Date('2025-03-01T00:00:00Z')],
  [new Date('2019-12-31T00:00:00Z'), new Date('2025-02-28T00:00:01Z')],
  [new Date('2020-02-29T12:00:00Z'), new Date('2021-03-01T00:00:00Z')],
];

describe('utcInterval', () => {
  for (const [name, ours, d3] of cases)
    it(`${name}: the same dates as d3-time`, () => {
      for (const [from, to] of spans)
        expect(ours.range(from, to).map((date) => date.toISOString())).toEqual(d3.range(from, to).map((date) => date.toISOString()));
    });

  it('gives dates a reader can see: the first boundary and none past the end', () => {
    const from = new Date('2025-01-27T14:30:00Z');
    expect(
      utcInterval('hour', 3)
        .range(from, new Date('2025-01-27T21:00:00Z'))
        .map((date) => date.toISOString().slice(11, 16)),
    ).toEqual(['15:00', '18:00']);
  });
});
