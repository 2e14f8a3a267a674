// aftermathLines's data as tables: the CSV downloads, the data under the chart and the methods page's list.

import type { DataTable } from '../shared/dataTable';
import type { AftermathInput } from './chart';

export function aftermathTables(input: AftermathInput): DataTable[] {
  const columns = [...input.series, ...input.market];
  const byDate = columns.map((entry) => new Map(entry.points.map(([date, value]) => [date, value])));
  return [
    {
      name: 'indexed',
      columns: ['date', ...columns.map((entry) => `${entry.key}_index`)],
      rows: input.series[0]!.points.map(([date]) => [date, ...byDate.map((values) => values.get(date) ?? '')]),
    },
  ];
}
