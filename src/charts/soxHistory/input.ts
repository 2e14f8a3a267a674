// Build-time only: soxHistory's input, prepared from the figures it names. The same input feeds the
// static SVG and is published as JSON for the browser, so both render identical scenes.

import type { SoxHistoryInput } from './chart';
import { firstDayOnOrAfter, weeksBefore } from '../../derive/tradingDays';
import type { StoryFigures } from '../../story/loadStory';

export function soxHistoryInput({ sox, chipIndex }: Pick<StoryFigures, 'sox' | 'chipIndex'>): SoxHistoryInput {
  const { monday } = chipIndex;
  const period = sox.filter((row) => row.date <= monday.date);
  const dates = period.map((row) => row.date);
  return {
    series: period.map((row) => [row.date, row.close] as const),
    covidLow: chipIndex.covidLow,
    peak: chipIndex.peak,
    friday: { date: monday.previousDate, close: monday.previousClose },
    monday: { date: monday.date, close: monday.close, change: monday.change, low: monday.low, lowChange: monday.lowChange },
    climbMultiple: chipIndex.climbMultiple,
    zoomFrom: {
      wide: firstDayOnOrAfter(dates, weeksBefore(monday.date, 13)),
      narrow: firstDayOnOrAfter(dates, weeksBefore(monday.date, 6)),
    },
  };
}
