// Publishes each chart's prepared input as JSON, fetched by the browser when the chart's section
// approaches. The static SVG in the HTML was rendered from exactly this input.

import type { APIRoute, GetStaticPaths } from 'astro';
import { locales } from '../../i18n/locales';
import { chartMessages, chartNames, storyChart } from '../../story/chartRegistry';
import { loadStory } from '../../story/loadStory';

export const getStaticPaths = (() => chartNames.map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const chart = storyChart(params.chart ?? '', loadStory(), { where: `charts/${params.chart}.json` });
  // The chart's input and the strings it draws, so the browser loads no other locale's text.
  const strings = Object.fromEntries(locales.map((locale) => [locale, chartMessages(chart.name, locale).strings]));
  const body = { input: chart.input, strings };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
