// soxDailyMoves's data as tables: the CSV downloads, the data under the chart and the methods page's list.

import { decimal, round, type DataTable } from '../shared/dataTable';
import type { SoxDailyMovesInput } from './chart';
import type { Story } from '../../story/loadStory';

// The daily-change table lists every day of the index (the histogram counts those up to the selloff):
// it reads the story, as the browser's input carries only the bins and the days the chart names.
export function soxDailyMovesTables(input: SoxDailyMovesInput, story: Story): DataTable[] {
  return [
    {
      name: 'daily-change',
      columns: ['date', 'change_pct'],
      rows: story.chipIndex.moves.map((move) => [move.date, decimal(move.change * 100, 4)]),
    },
    {
      name: 'histogram',
      columns: ['from_pct', 'to_pct', 'days_to_2025_01_27'],
      rows: input.bins.map((bin) => [round(bin.x0 * 100, 2), round(bin.x1 * 100, 2), bin.count]),
    },
  ];
}
