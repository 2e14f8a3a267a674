// Build-time only: writing a chart's tables, as CSV and as the rows a page shows.

import type { Cell, DataTable } from '../charts/shared/dataTable';

export type { Cell, DataTable } from '../charts/shared/dataTable';

/** RFC 4180 CSV text of a table. */
export function toCsv(table: DataTable): string {
  const cell = (value: Cell) => {
    const text = typeof value === 'object' ? value.value.toFixed(value.digits) : String(value);
    return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [table.columns, ...table.rows].map((row) => row.map(cell).join(',')).join('\n') + '\n';
}

/**
 * The rows to show in a page table: all of them when few, otherwise (for a dated series) the last
 * row of each month, thinned further if need be. The CSV always has every row.
 */
export function displayRows(
  table: DataTable,
  { maxRows }: { maxRows: number },
): { rows: DataTable['rows']; sampled: false | 'monthly' | 'evenly' } {
  if (table.rows.length <= maxRows) return { rows: table.rows, sampled: false };
  const dated = table.rows.every((row) => /^\d{4}-\d{2}-\d{2}$/.test(String(row[0])));
  let rows = dated
    ? table.rows.filter((row, index) => String(table.rows[index + 1]?.[0] ?? '').slice(0, 7) !== String(row[0]).slice(0, 7))
    : table.rows;
  let thinned = !dated;
  if (rows.length > maxRows) {
    const every = Math.ceil(rows.length / maxRows);
    rows = rows.filter((_, index) => index % every === 0 || index === rows.length - 1);
    thinned = true;
  }
  return { rows, sampled: thinned ? 'evenly' : 'monthly' };
}
