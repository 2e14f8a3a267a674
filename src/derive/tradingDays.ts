// Looks up trading days in a date-sorted daily series and computes close-to-close moves.
// Pure; it knows nothing about which security the series is.

import { utcWeek } from 'd3-time';

export interface DailyClose {
  date: string;
  close: number;
}

export interface DailyMove<Row extends DailyClose = DailyClose> {
  row: Row;
  previous: Row;
  /** close / previous close − 1 (a ratio: −0.1697 is −16.97 %). */
  change: number;
}

export function dayIndex(rows: readonly DailyClose[], date: string, { series }: { series: string }): number {
  const index = rows.findIndex((row) => row.date === date);
  if (index < 0) throw new Error(`${series}: no trading day on ${date}`);
  return index;
}

/** The move on `date` against the previous row (the previous real session). */
export function moveOn<Row extends DailyClose>(rows: readonly Row[], date: string, { series }: { series: string }): DailyMove<Row> {
  const index = dayIndex(rows, date, { series });
  if (index === 0) throw new Error(`${series}: ${date} is the first row, it has no previous session`);
  const row = rows[index]!;
  const previous = rows[index - 1]!;
  return { row, previous, change: row.close / previous.close - 1 };
}

/** Every close-to-close move in the series, oldest first (one fewer than there are rows). */
export function dailyMoves<Row extends DailyClose>(rows: readonly Row[]): DailyMove<Row>[] {
  return rows.slice(1).map((row, index) => {
    const previous = rows[index]!;
    return { row, previous, change: row.close / previous.close - 1 };
  });
}

/** The row with the highest close (the first one on a tie). */
export const highestClose = <Row extends DailyClose>(rows: readonly Row[]): Row =>
  rows.reduce((best, row) => (row.close > best.close ? row : best));

/** The row with the lowest close (the first one on a tie). */
export const lowestClose = <Row extends DailyClose>(rows: readonly Row[]): Row =>
  rows.reduce((low, row) => (row.close < low.close ? row : low));

/** Moves before `date` that fell at least as much as `change`, oldest first; the last one is what
 * "the worst day since …" refers to. */
export function asBadBefore<Move extends { date: string; change: number }>(moves: readonly Move[], date: string, change: number): Move[] {
  return moves.filter((move) => move.date < date && move.change <= change);
}

/** The trading day right after `date` in the series. */
export function nextDay<Row extends DailyClose>(rows: readonly Row[], date: string, { series }: { series: string }): Row {
  const next = rows[dayIndex(rows, date, { series }) + 1];
  if (!next) throw new Error(`${series}: no trading day after ${date}`);
  return next;
}

/** The first of `dates` (sorted) on or after `iso`. */
export function firstDayOnOrAfter(dates: readonly string[], iso: string): string {
  const found = dates.find((day) => day >= iso);
  if (!found) throw new Error(`no trading day on or after ${iso}`);
  return found;
}

/** The day `weeks` weeks before `iso`. */
export function weeksBefore(iso: string, weeks: number): string {
  return utcWeek
    .offset(new Date(`${iso}T00:00:00Z`), -weeks)
    .toISOString()
    .slice(0, 10);
}
