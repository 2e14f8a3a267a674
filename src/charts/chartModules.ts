// The chart registry: chart name → lazily imported module. The browser loads a chart's code only when
// its section approaches; the build awaits the same loaders. An unknown name fails the build.

import type { ChartModule } from './defineChart';

export const chartModules = {
  weekendTimeline: () => import('./weekendTimeline').then((module) => module.weekendTimeline),
  nvidiaMarketCap: () => import('./nvidiaMarketCap').then((module) => module.nvidiaMarketCap),
  soxHistory: () => import('./soxHistory').then((module) => module.soxHistory),
  soxDailyMoves: () => import('./soxDailyMoves').then((module) => module.soxDailyMoves),
  chipStocks: () => import('./chipStocks').then((module) => module.chipStocks),
  contagionMap: () => import('./contagionMap').then((module) => module.contagionMap),
  aftermathLines: () => import('./aftermathLines').then((module) => module.aftermathLines),
} satisfies Record<string, () => Promise<ChartModule<never, string>>>;

export type ChartName = keyof typeof chartModules;

/** The string keys each chart uses (by prefix; `chart.` is shared by all); they are shipped with the chart's data. */
export const chartMessagePrefixes: Record<ChartName, readonly string[]> = {
  weekendTimeline: ['chart.', 'timeline.'],
  nvidiaMarketCap: ['chart.', 'nvidia.'],
  soxHistory: ['chart.', 'sox.'],
  soxDailyMoves: ['chart.', 'soxMoves.'],
  chipStocks: ['chart.', 'chips.', 'company.'],
  contagionMap: ['chart.', 'contagion.', 'company.'],
  aftermathLines: ['chart.', 'aftermath.'],
};

export function isChartName(name: string): name is ChartName {
  return Object.hasOwn(chartModules, name);
}

export async function loadChart(name: string, { where }: { where: string }): Promise<ChartModule<unknown, string>> {
  if (!isChartName(name)) {
    throw new Error(`${where}: unknown chart "${name}". Known charts: ${Object.keys(chartModules).join(', ')}.`);
  }
  return (await chartModules[name]()) as unknown as ChartModule<unknown, string>;
}
