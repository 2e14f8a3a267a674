// A UTC time scale: d3's linear scale over epoch milliseconds, with ticks from UTC intervals.
// d3-scale's scaleUtc would do the same but brings d3-time-format (its default tick labels) into
// the page's JavaScript; our labels come from the shared formatter anyway.

import { scaleLinear } from './linearScale';
import { utcInterval, type UtcInterval } from './utcIntervals';

export interface TimeScale {
  (date: Date): number;
  /** Dates of `interval` within the domain, or about `count` round hours/days if a number is given. */
  ticks: (interval: UtcInterval | number) => Date[];
}

const countIntervals: readonly UtcInterval[] = [3, 6, 12]
  .map((hours) => utcInterval('hour', hours))
  .concat(utcInterval('day'), utcInterval('day', 2));

export function timeScale({ domain: [from, to], range }: { domain: readonly [Date, Date]; range: readonly [number, number] }): TimeScale {
  const linear = scaleLinear().domain([from.getTime(), to.getTime()]).range(range);
  const ticksOf = (interval: UtcInterval) => interval.range(from, new Date(to.getTime() + 1));
  const scale = ((date: Date) => linear(date.getTime())) as TimeScale;
  scale.ticks = (interval) => {
    if (typeof interval !== 'number') return ticksOf(interval);
    const fitting = countIntervals.map(ticksOf).find((ticks) => ticks.length <= interval);
    return fitting ?? ticksOf(countIntervals.at(-1)!);
  };
  return scale;
}
