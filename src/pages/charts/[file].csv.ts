// Publishes the data each chart shows as CSV files (charts/<chart>-<table>.csv).

import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCsvFiles } from '../../story/chartRegistry';
import { toCsv } from '../../story/chartTables';
import { loadStory } from '../../story/loadStory';

export const getStaticPaths = (() =>
  chartCsvFiles(loadStory()).map(({ file }) => ({ params: { file: file.replace(/\.csv$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const found = chartCsvFiles(loadStory()).find(({ file }) => file === `${params.file}.csv`);
  if (!found) throw new Error(`charts/${params.file}.csv: no such table`);
  return new Response(toCsv(found.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
