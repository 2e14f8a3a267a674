// The one error the data layer throws: it always names the file, and the row when there is one,
// so a broken CSV fails the build with a message a newsroom developer can act on.

export interface DataErrorLocation {
  /** Path of the file as the project names it, e.g. `content/data/nvda_daily.csv`. */
  file: string;
  /** 1-based line number in the file (the header is line 1). */
  line?: number | undefined;
  /** Column name, when one column is at fault. */
  column?: string | undefined;
}

export class DataError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: string | undefined;

  constructor(location: DataErrorLocation, problem: string) {
    const where = [location.file, location.line === undefined ? undefined : `row ${location.line}`].filter(Boolean).join(', ');
    const column = location.column ? ` (column "${location.column}")` : '';
    super(`${where}${column}: ${problem}`);
    this.name = 'DataError';
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
  }
}
