// The browser's charts: every `src/charts/<name>/chart.ts`, found by its file (no names to keep in
// step). Fetched with the rest of the live charts' code (chart-runtime/chartCode.ts); what each
// chart is drawn from at build is in story/chartRegistry.ts.

import type { ChartModule } from './shared/defineChart';

const files = import.meta.glob<ChartModule<unknown, string>>('./*/chart.ts', { import: 'default', eager: true });

/** The chart modules by name (a chart's name is its folder's, test/charts/registry.test.ts checks it). */
export const chartModules: Readonly<Record<string, ChartModule<unknown, string>>> = Object.fromEntries(
  Object.values(files).map((chart) => [chart.name, chart]),
);
