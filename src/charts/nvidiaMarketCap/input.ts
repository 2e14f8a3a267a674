// Build-time only: nvidiaMarketCap's input, prepared from the figures it names. The same input feeds the
// static SVG and is published as JSON for the browser, so both render identical scenes.

import type { NvidiaMarketCapInput } from './chart';
import { boomStart } from '../../derive/storyDates';
import { firstDayOnOrAfter, weeksBefore } from '../../derive/tradingDays';
import type { StoryFigures } from '../../story/loadStory';

export function nvidiaMarketCapInput(figures: Pick<StoryFigures, 'nvidia' | 'records' | 'prices'>): NvidiaMarketCapInput {
  const { nvidia, records, prices } = figures;
  const shares = nvidia.shares.shares_billions;
  const period = prices.filter((row) => row.date >= boomStart && row.date <= nvidia.tuesday.date);
  const dates = period.map((row) => row.date);
  return {
    series: period.map((row) => [row.date, Math.round(row.close * shares * 10) / 10] as const),
    start: { date: nvidia.start.date, value: nvidia.start.value },
    record: { date: nvidia.record.date, value: nvidia.record.value },
    friday: { date: nvidia.friday.date, value: nvidia.friday.value },
    monday: {
      date: nvidia.monday.date,
      value: nvidia.monday.value,
      low: nvidia.monday.low * shares,
      high: nvidia.monday.high * shares,
      change: nvidia.monday.change,
      lowChange: nvidia.monday.lowChange,
      loss: nvidia.monday.loss,
    },
    tuesday: { date: nvidia.tuesday.date, value: nvidia.tuesday.value, change: nvidia.tuesday.change, regained: nvidia.tuesday.regained },
    climbMultiple: nvidia.climbMultiple,
    zoomFrom: {
      wide: firstDayOnOrAfter(dates, weeksBefore(nvidia.friday.date, 9)),
      narrow: firstDayOnOrAfter(dates, weeksBefore(nvidia.friday.date, 5)),
    },
    ranking: records.events.map(({ key, company, date, loss, computed, selloff }) => ({ key, company, date, loss, computed, selloff })),
    previousRecord: { date: records.previousRecord.date, loss: records.previousRecord.loss },
    timesPreviousRecord: records.timesPreviousRecord,
  };
}
