// Reads and validates one dataset from content/data at build time (Node only). The browser never
// imports this file: it receives chart inputs prepared at build.

import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DataError } from './DataError';
import type { DatasetDefinition } from './defineDataset';
import { parseDataset } from './parseDataset';
import type { z } from 'astro/zod';

/** content/data of the project being built. STORY_DATA_DIR points a whole build elsewhere (used by
 * the test that proves a broken file fails the build); unit tests pass their own directory. */
export const defaultDataDir = process.env.STORY_DATA_DIR ?? join(process.cwd(), 'content', 'data');

export function readDataset<Schema extends z.ZodObject>(
  definition: DatasetDefinition<Schema>,
  { dataDir = defaultDataDir }: { dataDir?: string | undefined } = {},
): z.output<Schema>[] {
  const absolute = join(dataDir, definition.file);
  const shown = relative(process.cwd(), absolute) || absolute;

  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file is missing' : String(error);
    throw new DataError({ file: shown }, reason);
  }
  return parseDataset(text, { definition, path: shown });
}
