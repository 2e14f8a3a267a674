// The chart registry (build time): one entry per chart folder — its module (states, render, the strings
// it draws), the input it is drawn from, the tables published with it and its states in words. A
// spec binds them by type: an input builder must return what the module's render takes, and the
// tables and descriptions read that same input. The browser loads the same modules by file name (charts/chartModules.ts); a test checks
// that every module is registered and every entry has tables, strings in both locales and snapshots.

import aftermathLines from '../charts/aftermathLines';
import chipStocks from '../charts/chipStocks';
import contagionMap from '../charts/contagionMap';
import nvidiaMarketCap from '../charts/nvidiaMarketCap';
import soxDailyMoves from '../charts/soxDailyMoves';
import soxHistory from '../charts/soxHistory';
import weekendTimeline from '../charts/weekendTimeline';
import type { ChartModule, RenderOptions } from '../charts/shared/defineChart';
import type { DataTable } from '../charts/shared/dataTable';
import type { Scene } from '../charts/shared/scene';
import { siteStrings } from '../i18n/pageText';
import type { Locale } from '../i18n/locales';
import { stringsWithPrefix, type Messages } from '../i18n/translate';
import type { Story, StoryFigures } from './loadStory';

export interface ChartSpec<Input, State extends string> {
  chart: ChartModule<Input, State>;
  /** Prepares the chart's input from the figures it names; the same input feeds the HTML's SVG and the browser. */
  input: (figures: StoryFigures) => Input;
  /** The data the chart shows, as tables (CSV downloads, the data under each chart, the methods page). */
  tables: (input: Input) => DataTable[];
  /** What a state shows, in words (its folder's describe.ts): the scene's description, written at build only. */
  describe: (input: Input, state: State, messages: Messages) => string;
  /** The chart's own words, in every edition (its folder's strings.ts). */
  strings: Readonly<Record<Locale, Readonly<Record<string, string>>>>;
}

/** A registry entry: the spec, and a way to prepare it that keeps its input and module together. */
const spec = <Input, State extends string>(entry: ChartSpec<Input, State>) => ({
  ...entry,
  prepare: (figures: StoryFigures): Omit<PreparedChart, 'name'> => prepare(entry, figures),
});

// One line per chart: each folder of src/charts/ brings its module, input builder, tables and words.
export const chartRegistry = {
  weekendTimeline: spec(weekendTimeline),
  nvidiaMarketCap: spec(nvidiaMarketCap),
  soxHistory: spec(soxHistory),
  soxDailyMoves: spec(soxDailyMoves),
  chipStocks: spec(chipStocks),
  contagionMap: spec(contagionMap),
  aftermathLines: spec(aftermathLines),
};

export type ChartName = keyof typeof chartRegistry;

export const chartNames = Object.keys(chartRegistry) as ChartName[];

function isChartName(name: string): name is ChartName {
  return Object.hasOwn(chartRegistry, name);
}

/**
 * The strings a chart is handed, in one locale: only those under the shared `chart.` prefix and its
 * own declared ones, at build exactly as in the browser (they ship with its data), so a chart that
 * draws any other string fails its build and its tests, not in a reader's browser.
 */
const stringsFor = (
  entry: { chart: Pick<ChartModule<never>, 'stringPrefixes'>; strings: ChartSpec<never, string>['strings'] },
  locale: Locale,
): Messages => ({
  locale,
  strings: {
    ...stringsWithPrefix(siteStrings[locale], ['chart.', ...entry.chart.stringPrefixes]),
    ...stringsWithPrefix(entry.strings[locale], entry.chart.stringPrefixes),
  },
});

export const chartMessages = (name: ChartName, locale: Locale): Messages => stringsFor(chartRegistry[name], locale);

/**
 * A chart with its input prepared, for code that handles any chart (the page, the JSON it publishes,
 * tests): rendering and the tables are bound to that input here, so callers never hold an input whose
 * type they cannot name.
 */
export interface PreparedChart {
  name: ChartName;
  states: readonly string[];
  /** The prepared input, as published for the browser. */
  input: unknown;
  /** Renders a state, handing the chart its own strings in `locale`, with the state's description. */
  render: (options: Omit<RenderOptions<string>, 'messages'> & { locale: Locale }) => Scene & { description: string };
  tables: () => DataTable[];
}

function prepare<Input, State extends string>(entry: ChartSpec<Input, State>, figures: StoryFigures): Omit<PreparedChart, 'name'> {
  const input = entry.input(figures);
  const { chart } = entry;
  const isState = (state: string): state is State => (chart.states as readonly string[]).includes(state);
  const strings = { en: stringsFor(entry, 'en'), fr: stringsFor(entry, 'fr') } satisfies Record<Locale, Messages>;
  // A section's sticky picture and its first step's static one are the same drawing: each state is
  // drawn once per frame and locale, and kept as long as the story it belongs to (loadStory's cache).
  const scenes = new Map<string, ReturnType<PreparedChart['render']>>();
  return {
    states: chart.states,
    input,
    render: ({ state, locale, ...options }) => {
      if (!isState(state)) throw new Error(`chart ${chart.name} has no state "${state}" (states: ${chart.states.join(', ')})`);
      const key = JSON.stringify([state, locale, options.width, options.height, options.typeScale]);
      const scene = scenes.get(key) ?? {
        ...chart.render(input, { state, messages: strings[locale], ...options }),
        description: entry.describe(input, state, strings[locale]),
      };
      scenes.set(key, scene);
      return scene;
    },
    tables: () => entry.tables(input),
  };
}

/** Every chart with its input prepared from the story's figures (called once per story, by loadStory). */
export function prepareCharts(figures: StoryFigures) {
  return Object.fromEntries(chartNames.map((name) => [name, { name, ...chartRegistry[name].prepare(figures) }])) as Record<
    ChartName,
    PreparedChart
  >;
}

/** The story's chart `name`; an unknown name fails naming `where` and the known charts. */
export function storyChart(name: string, story: Story, { where }: { where: string }): PreparedChart {
  if (!isChartName(name)) throw new Error(`${where}: unknown chart "${name}". Known charts: ${chartNames.join(', ')}.`);
  return story.charts[name];
}

/** The file name of a chart's data table, published under charts/. */
export const chartCsvName = (chart: ChartName, table: DataTable) => `${chart}-${table.name}.csv`;

/** Every chart-data CSV the site publishes: charts/<chart>-<table>.csv */
export function chartCsvFiles(story: Story) {
  return chartNames.flatMap((chart) => story.charts[chart].tables().map((table) => ({ chart, table, file: chartCsvName(chart, table) })));
}
