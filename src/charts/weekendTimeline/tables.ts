// weekendTimeline's data as tables: the CSV downloads, the data under the chart and the methods page's list.

import type { DataTable } from '../shared/dataTable';
import type { WeekendTimelineInput } from './chart';

export function weekendTimelineTables(input: WeekendTimelineInput): DataTable[] {
  return [
    { name: 'events', columns: ['event', 'date'], rows: input.events.map((event) => [event.id, event.date]) },
    { name: 'nvidia-close', columns: ['date', 'nvidia_close_usd'], rows: input.nvidia.map(([date, close]) => [date, close]) },
  ];
}
