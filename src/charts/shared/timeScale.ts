// A UTC time scale: d3's linear scale over epoch milliseconds, with ticks from UTC intervals.
// d3-scale's scaleUtc would do the same but brings d3-time-format (its default tick labels) into
// the page's JavaScript; our labels come from the shared formatter anyway.

import { scaleLinear } from './linearScale';
import type { UtcInterval } from './utcIntervals';

export interface TimeScale {
  (date: Date): number;
  /** Dates of `interval` within the domain. */
  ticks: (interval: UtcInterval) => Date[];
}

export function timeScale({ domain: [from, to], range }: { domain: readonly [Date, Date]; range: readonly [number, number] }): TimeScale {
  const linear = scaleLinear().domain([from.getTime(), to.getTime()]).range(range);
  const scale = ((date: Date) => linear(date.getTime())) as TimeScale;
  scale.ticks = (interval) => interval.range(from, new Date(to.getTime() + 1));
  return scale;
}
