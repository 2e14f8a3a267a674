// Publishes each chart's prepared input as JSON, fetched by the browser when the chart's section
// approaches. The static SVG in the HTML was rendered from exactly this input.

import type { APIRoute, GetStaticPaths } from 'astro';
import { chartMessagePrefixes, chartModules, isChartName } from '../../charts/chartModules';
import { messages } from '../../i18n/messages';
import { messagesWithPrefix } from '../../i18n/translate';
import { chartInputs } from '../../story/chartInputs';
import { loadStory } from '../../story/loadStory';

export const getStaticPaths = (() => Object.keys(chartModules).map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const chart = params.chart ?? '';
  if (!isChartName(chart)) throw new Error(`charts/${chart}.json: unknown chart`);
  // The chart's input and the strings it draws, so the browser loads no other locale's text.
  const strings = Object.fromEntries(
    Object.entries(messages).map(([locale, table]) => [locale, messagesWithPrefix(table, chartMessagePrefixes[chart])]),
  );
  const body = { input: chartInputs[chart](loadStory()), strings };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
