// A chart in the browser: the charts' code (one file, chartCode.ts) and, at the same time, the input
// and strings published with it (charts/<name>.json, written by src/pages/charts/[chart].json.ts),
// the strings as the `Messages` its render takes in the reader's locale. Used by the live charts
// and by static reading's wide pictures.

import type { ChartModule } from '../charts/shared/defineChart';
import type { Locale } from '../i18n/locales';
import type { Messages } from '../i18n/translate';
import type { mountChart } from './mountChart';

export interface LoadedChart {
  chart: ChartModule<unknown, string>;
  input: unknown;
  messages: Messages;
}

export async function loadChart(name: string, inputUrl: string, locale: Locale): Promise<LoadedChart & { mountChart: typeof mountChart }> {
  const [code, { input, strings }] = await Promise.all([
    import('./chartCode'),
    fetch(inputUrl).then((response) => {
      if (!response.ok) throw new Error(`${inputUrl}: HTTP ${response.status}`);
      return response.json() as Promise<{ input: unknown; strings: Partial<Record<Locale, Messages['strings']>> }>;
    }),
  ]);
  const chart = code.chartModules[name];
  if (!chart) throw new Error(`unknown chart "${name}" (charts: ${Object.keys(code.chartModules).join(', ')})`);
  return { chart, input, messages: { locale, strings: strings[locale] ?? {} }, mountChart: code.mountChart };
}
