// Build-time only: the data each chart shows, as tables for CSV download (and for the methods page).
// Each table is exactly what the chart draws, from the same prepared input.

import type { AftermathInput } from '../charts/aftermathLines.chart';
import type { ChipStocksInput } from '../charts/chipStocks.chart';
import type { ContagionMapInput } from '../charts/contagionMap.chart';
import type { NvidiaMarketCapInput } from '../charts/nvidiaMarketCap.chart';
import type { SoxDailyMovesInput } from '../charts/soxDailyMoves.chart';
import type { SoxHistoryInput } from '../charts/soxHistory.chart';
import type { WeekendTimelineInput } from '../charts/weekendTimeline.chart';
import type { Story } from './loadStory';

/** A number written with a set number of decimals (a reported "−19.1" keeps one, computed moves two). */
interface Decimal {
  value: number;
  digits: number;
}

export type Cell = string | number | Decimal;

export interface DataTable {
  /** File name stem: charts/<chart>-<name>.csv */
  name: string;
  columns: readonly string[];
  rows: readonly (readonly Cell[])[];
}

const decimal = (value: number, digits: number): Decimal => ({ value, digits });

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function weekendTimelineTables(input: WeekendTimelineInput): DataTable[] {
  return [
    { name: 'events', columns: ['event', 'date'], rows: input.events.map((event) => [event.id, event.date]) },
    { name: 'nvidia-close', columns: ['date', 'nvidia_close_usd'], rows: input.nvidia.map(([date, close]) => [date, close]) },
  ];
}

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

export function soxHistoryTables(input: SoxHistoryInput): DataTable[] {
  return [{ name: 'close', columns: ['date', 'sox_close'], rows: input.series.map(([date, close]) => [date, close]) }];
}

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

export function chipStocksTables(input: ChipStocksInput): DataTable[] {
  return [
    {
      name: 'moves',
      columns: ['name', 'change_pct', 'basis'],
      rows: [
        ...input.stocks.map((stock) => [stock.name, decimal(stock.change * 100, stock.digits), stock.basis]),
        ...input.indices.map((index) => [index.key, decimal(index.change * 100, 2), 'prices']),
      ],
    },
  ];
}

export function contagionMapTables(input: ContagionMapInput, story: Story): DataTable[] {
  return [
    {
      name: 'moves',
      columns: ['session', 'date', 'utc_close', 'symbol', 'name', 'city', 'change_pct', 'basis', 'previous_session'],
      rows: input.sessions.flatMap((session) =>
        session.moves.map((move) => {
          const full = story.sessions.find((entry) => entry.id === session.id)!.moves.find((entry) => entry.symbol === move.symbol)!;
          return [
            session.id,
            session.date,
            session.utcClose,
            move.symbol,
            move.name,
            move.city,
            decimal(move.change * 100, move.digits),
            move.basis,
            full.previousDate ?? '',
          ];
        }),
      ),
    },
  ];
}

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
