// A dataset is one CSV file in content/data with an exact header, a row schema and a uniqueness key.
// The definition is pure data; reading the file lives in `readDataset`.

import type { z } from 'astro/zod';

export interface DatasetDefinition<Schema extends z.ZodObject> {
  /** File name inside content/data. */
  file: string;
  /** The header the file must have, in order. */
  columns: readonly (keyof z.input<Schema> & string)[];
  /** Validates and converts one record (all cells are strings). */
  row: Schema;
  /** Rows must be unique by this key; `describe` names it in errors (e.g. "date"). */
  unique?: { key: (row: z.output<Schema>) => string; describe: string };
  /** Rows must ascend by `key` (e.g. the date), separately within each `group` when one is given. */
  ascending?: { key: (row: z.output<Schema>) => string; group?: (row: z.output<Schema>) => string; describe: string };
}

export function defineDataset<Schema extends z.ZodObject>(definition: DatasetDefinition<Schema>) {
  return definition;
}

export type RowOf<Definition> = Definition extends DatasetDefinition<infer Schema> ? z.output<Schema> : never;
