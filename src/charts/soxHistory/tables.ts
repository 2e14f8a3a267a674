// soxHistory's data as tables: the CSV downloads, the data under the chart and the methods page's list.

import type { DataTable } from '../shared/dataTable';
import type { SoxHistoryInput } from './chart';

export function soxHistoryTables(input: SoxHistoryInput): DataTable[] {
  return [{ name: 'close', columns: ['date', 'sox_close'], rows: input.series.map(([date, close]) => [date, close]) }];
}
