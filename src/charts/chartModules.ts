// The browser's way to a chart's code: every `src/charts/<name>/chart.ts` is a module of its own,
// loaded when its section approaches. The list is the files themselves (no names to keep in step);
// what each chart is drawn from at build is in story/chartRegistry.ts.

import type { ChartModule } from './shared/defineChart';

const loaders = import.meta.glob<ChartModule<unknown, string>>('./*/chart.ts', { import: 'default' });

/** Names of the chart modules, from their files. */
export const chartModuleNames = Object.keys(loaders).map((path) => path.slice(2, -'/chart.ts'.length));

/** Loads a chart's module by name; an unknown name is an error that lists the known ones. */
export function loadChartModule(name: string): Promise<ChartModule<unknown, string>> {
  const load = loaders[`./${name}/chart.ts`];
  if (!load) return Promise.reject(new Error(`unknown chart "${name}" (charts: ${chartModuleNames.join(', ')})`));
  return load();
}
