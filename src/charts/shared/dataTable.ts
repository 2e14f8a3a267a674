// A chart's data as a table (its CSV download and the data under it): cells, decimals kept as written.

/** A number written with a set number of decimals (a reported "−19.1" keeps one, computed moves two). */
export interface Decimal {
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

export const decimal = (value: number, digits: number): Decimal => ({ value, digits });

export const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
