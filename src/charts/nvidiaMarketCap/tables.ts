// nvidiaMarketCap's data as tables: the CSV downloads, the data under the chart and the methods page's list.

import { round, type DataTable } from '../shared/dataTable';
import type { NvidiaMarketCapInput } from './chart';

export function nvidiaMarketCapTables(input: NvidiaMarketCapInput): DataTable[] {
  return [
    { name: 'market-value', columns: ['date', 'market_value_usd_billions'], rows: input.series.map(([date, value]) => [date, value]) },
    {
      name: 'record-losses',
      columns: ['date', 'company', 'loss_usd_billions', 'computed_here'],
      rows: input.ranking.map((event) => [event.date, event.company, round(event.loss, 1), event.computed ? 'yes' : 'no']),
    },
  ];
}
