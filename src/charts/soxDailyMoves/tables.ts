// soxDailyMoves's data as tables: the CSV downloads, the data under the chart and the methods page's list.
// Every day of the index is in the published dataset (data/sox_daily.csv); these are the figures this chart draws.

import { decimal, round, type DataTable } from '../shared/dataTable';
import type { SoxDailyMovesInput } from './chart';

export function soxDailyMovesTables(input: SoxDailyMovesInput): DataTable[] {
  return [
    {
      name: 'histogram',
      columns: ['from_pct', 'to_pct', 'days_to_2025_01_27'],
      rows: input.bins.map((bin) => [round(bin.x0 * 100, 2), round(bin.x1 * 100, 2), bin.count]),
    },
    {
      name: 'worst-days',
      columns: ['rank', 'date', 'change_pct'],
      rows: input.worstDays.map((move, index) => [index + 1, move.date, decimal(move.change * 100, 4)]),
    },
  ];
}
