// contagionMap's data as tables: the CSV downloads, the data under the chart and the methods page's list.

import { decimal, type DataTable } from '../shared/dataTable';
import type { ContagionMapInput } from './chart';

export function contagionMapTables(input: ContagionMapInput): DataTable[] {
  return [
    {
      name: 'moves',
      columns: ['session', 'date', 'utc_close', 'symbol', 'name', 'city', 'change_pct', 'basis', 'previous_session'],
      rows: input.sessions.flatMap((session) =>
        session.moves.map((move) => {
          return [
            session.id,
            session.date,
            session.utcClose,
            move.symbol,
            move.name,
            move.city,
            decimal(move.change * 100, move.digits),
            move.basis,
            move.previousDate ?? '',
          ];
        }),
      ),
    },
  ];
}
