// Publishes each chart's prepared input as JSON, fetched by the browser when the chart's section
// approaches. The static SVG in the HTML was rendered from exactly this input.

import type { APIRoute, GetStaticPaths } from 'astro';
import { chartModules, isChartName } from '../../charts/chartModules';
import { chartInputs } from '../../story/chartInputs';
import { loadStory } from '../../story/loadStory';

export const getStaticPaths = (() => Object.keys(chartModules).map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const chart = params.chart ?? '';
  if (!isChartName(chart)) throw new Error(`charts/${chart}.json: unknown chart`);
  return new Response(JSON.stringify(chartInputs[chart](loadStory())), { headers: { 'Content-Type': 'application/json' } });
};
