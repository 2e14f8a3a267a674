// Turns CSV text into typed rows for one dataset, or throws a DataError naming the file, the row and
// the column. Pure: it receives text and the path to report, and never touches the file system.

import { DataError } from './DataError';
import type { DatasetDefinition } from './defineDataset';
import { parseCsvText } from './parseCsvText';
import type { z } from 'astro/zod';

export function parseDataset<Schema extends z.ZodObject>(
  text: string,
  { definition, path }: { definition: DatasetDefinition<Schema>; path: string },
): z.output<Schema>[] {
  const { header, records } = parseCsvText(text, { file: path });
  const expected = definition.columns.join(',');
  if (header.join(',') !== expected) {
    throw new DataError({ file: path, line: 1 }, `expected the header "${expected}", found "${header.join(',')}"`);
  }

  const seen = new Map<string, number>();
  const previous = new Map<string, string>();
  return records.map(({ line, fields }) => {
    if (fields.length !== header.length) {
      throw new DataError({ file: path, line }, `expected ${header.length} cells, found ${fields.length}`);
    }
    const cells = Object.fromEntries(header.map((name, index) => [name, fields[index]]));
    const parsed = definition.row.safeParse(cells);
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      const column = issue?.path[0] === undefined ? undefined : String(issue.path[0]);
      throw new DataError({ file: path, line, column }, issue?.message ?? 'invalid row');
    }
    const row = parsed.data;
    if (definition.unique) {
      const key = definition.unique.key(row);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        throw new DataError({ file: path, line }, `duplicate ${definition.unique.describe} ${key} (first seen on row ${earlier})`);
      }
      seen.set(key, line);
    }
    if (definition.ascending) {
      const { key, group, describe } = definition.ascending;
      const groupName = group?.(row) ?? '';
      const value = key(row);
      const before = previous.get(groupName);
      if (before !== undefined && value < before) {
        throw new DataError({ file: path, line }, `${describe} ${value} comes after ${before}; rows must be in ascending order`);
      }
      previous.set(groupName, value);
    }
    return row;
  });
}
