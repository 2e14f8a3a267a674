// Build-time only: prepares each chart's input from the derived story figures. The same input feeds
// the static SVG and is published as JSON for the browser, so both render identical scenes.

import { utcWeek } from 'd3-time';
import type { ChartName } from '../charts/chartModules';
import type { NvidiaMarketCapInput } from '../charts/nvidiaMarketCap';
import { boomStart } from '../derive/storyDates';
import type { Story } from './loadStory';

function firstDayOnOrAfter(dates: readonly string[], iso: string): string {
  const found = dates.find((day) => day >= iso);
  if (!found) throw new Error(`no trading day on or after ${iso}`);
  return found;
}

function weeksBefore(iso: string, weeks: number): string {
  return utcWeek
    .offset(new Date(`${iso}T00:00:00Z`), -weeks)
    .toISOString()
    .slice(0, 10);
}

export function nvidiaMarketCapInput(story: Story): NvidiaMarketCapInput {
  const { nvidia, records, prices } = story;
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
    ranking: records.events.map(({ key, company, date, loss, computed }) => ({ key, company, date, loss, computed })),
    previousRecord: { date: records.previousRecord.date, loss: records.previousRecord.loss },
    timesPreviousRecord: records.timesPreviousRecord,
  };
}

export const chartInputs: Record<ChartName, (story: Story) => unknown> = {
  nvidiaMarketCap: nvidiaMarketCapInput,
};
