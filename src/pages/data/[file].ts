// Publishes the story's source files byte for byte: every CSV in content/data and SOURCES.md.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasets } from '../../data/datasets';
import { defaultDataDir } from '../../data/readDataset';

const files = [...Object.values(datasets).map((definition) => definition.file), 'SOURCES.md'];

export const getStaticPaths = (() => files.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = params.file ?? '';
  if (!files.includes(file)) throw new Error(`data/${file}: not a published data file`);
  const type = file.endsWith('.md') ? 'text/markdown' : 'text/csv';
  return new Response(readFileSync(join(defaultDataDir, file)), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
