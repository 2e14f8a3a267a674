// A chart in the browser: the charts' code (one file, chartCode.ts) and, at the same time, the input
// and strings published with it (charts/<name>.json, written by src/pages/charts/[chart].json.ts),
// the strings as the `Messages` its render takes in the reader's locale. Used by the live charts;
// static reading's wide pictures import the code themselves and load only the data.

import type { ChartModule } from '../charts/shared/defineChart';
import type { Locale } from '../i18n/locales';
import type { Messages } from '../i18n/translate';
import type { mountChart } from './mountChart';

export interface LoadedChart {
  chart: ChartModule<unknown, string>;
  input: unknown;
  messages: Messages;
}

/** A chart's input and its strings in the reader's locale, as published with it (charts/<name>.json). */
export async function loadChartData(inputUrl: string, locale: Locale): Promise<Omit<LoadedChart, 'chart'>> {
  const response = await fetch(inputUrl);
  if (!response.ok) throw new Error(`${inputUrl}: HTTP ${response.status}`);
  const { input, strings } = (await response.json()) as { input: unknown; strings: Partial<Record<Locale, Messages['strings']>> };
  return { input, messages: { locale, strings: strings[locale] ?? {} } };
}

/** The charts' code and, at the same time, a chart's data. */
export async function loadChart(name: string, inputUrl: string, locale: Locale): Promise<LoadedChart & { mountChart: typeof mountChart }> {
  const [code, data] = await Promise.all([import('./chartCode'), loadChartData(inputUrl, locale)]);
  const chart = code.chartModules[name];
  if (!chart) throw new Error(`unknown chart "${name}" (charts: ${Object.keys(code.chartModules).join(', ')})`);
  return { chart, ...data, mountChart: code.mountChart };
}
