// The browser's charts: every `src/charts/<name>/chart.ts`, found by its file (no names to keep in
// step). Fetched with the rest of the live charts' code (chart-runtime/chartCode.ts); what each
// chart is drawn from at build is in story/chartRegistry.ts.

import type { ChartModule } from './shared/defineChart';

const files = import.meta.glob<ChartModule<unknown, string>>('./*/chart.ts', { import: 'default', eager: true });

/** The chart modules by name, from their files. */
export const chartModules: Readonly<Record<string, ChartModule<unknown, string>>> = Object.fromEntries(
  Object.entries(files).map(([path, chart]) => [path.slice(2, -'/chart.ts'.length), chart]),
);
