// The chart registry is complete: every chart module the browser can load is registered, and every
// registered chart publishes tables, has its strings in both editions and committed snapshots of each
// state at both static sizes. Adding a chart without one of them fails here, naming what is missing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartModules } from '../../src/charts/chartModules';
import { staticChartFrames } from '../../src/design/tokens';
import { locales } from '../../src/i18n/locales';
import { siteStrings } from '../../src/i18n/pageText';
import { chartMessages, chartNames, chartRegistry, storyChart } from '../../src/story/chartRegistry';
import { loadStory } from '../../src/story/loadStory';

const story = loadStory();

it('registers every chart module (src/charts/*/chart.ts), and nothing else', () => {
  expect([...chartNames].sort()).toEqual(Object.keys(chartModules).sort());
});

for (const name of chartNames) {
  describe(`chart ${name}`, () => {
    const { chart } = chartRegistry[name];

    it('publishes at least one table, each row as wide as its columns', () => {
      const tables = storyChart(name, story, { where: 'test' }).tables();
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) {
        expect(table.rows.length, table.name).toBeGreaterThan(0);
        for (const row of table.rows) expect(row.length, `${table.name}: ${row.join(',')}`).toBe(table.columns.length);
      }
      expect(new Set(tables.map((table) => table.name)).size).toBe(tables.length);
    });

    it('has the strings it declares, in every edition, with the same placeholders', () => {
      const { strings } = chartRegistry[name];
      expect(chart.stringPrefixes.length).toBeGreaterThan(0);
      for (const prefix of chart.stringPrefixes) {
        // Its own words are in its folder (strings.ts); shared ones (company names) in src/i18n.
        const keysIn = (locale: (typeof locales)[number]) =>
          [...Object.keys(strings[locale]), ...Object.keys(siteStrings[locale])].filter((key) => key.startsWith(prefix)).sort();
        expect(keysIn('en').length, `en ${prefix}`).toBeGreaterThan(0);
        for (const locale of locales) expect(keysIn(locale), `${locale} ${prefix}`).toEqual(keysIn('en'));
      }
      const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      for (const key of Object.keys(strings.en))
        for (const locale of locales) expect(placeholders(strings[locale][key]), `${locale} ${key}`).toEqual(placeholders(strings.en[key]));
      // A chart's own words stay under its own prefixes.
      expect(Object.keys(strings.en).filter((key) => !chart.stringPrefixes.some((prefix) => key.startsWith(prefix)))).toEqual([]);
    });

    it('is handed only the strings under its declared prefixes (a key outside them throws when it renders)', () => {
      for (const locale of locales) {
        const handed = chartMessages(name, locale);
        expect(handed.locale).toBe(locale);
        const keys = Object.keys(handed.strings);
        expect(keys.filter((key) => !['chart.', ...chart.stringPrefixes].some((prefix) => key.startsWith(prefix)))).toEqual([]);
        // Every string under those prefixes, and no other chart's own.
        const other = chartNames.find(
          (candidate) => candidate !== name && !chart.stringPrefixes.includes(chartRegistry[candidate].chart.stringPrefixes[0]!),
        );
        if (other) expect(keys.some((key) => key.startsWith(chartRegistry[other].chart.stringPrefixes[0]!))).toBe(false);
      }
      // Rendering every state with exactly those strings is what the snapshot tests do (allCharts.test.ts).
      const state = chart.states[0]!;
      expect(() =>
        (chart.render as (input: unknown, options: object) => unknown)(storyChart(name, story, { where: 'test' }).input, {
          state,
          ...staticChartFrames.wide,
          messages: { locale: 'en', strings: {} },
        }),
      ).toThrow(/no ".+" string for locale "en"/);
    });

    it('names its tables and their columns in every edition (a reader never sees a raw key)', () => {
      const tables = storyChart(name, story, { where: 'test' }).tables();
      const keys = tables.flatMap((table) => [`table.name.${table.name}`, ...table.columns.map((column) => `table.column.${column}`)]);
      for (const locale of locales)
        expect(
          keys.filter((key) => !Object.hasOwn(siteStrings[locale], key)),
          locale,
        ).toEqual([]);
    });

    it('keeps what changes together in its folder: render, descriptions, input, tables, words, tests and snapshots', () => {
      const folder = join('src', 'charts', name);
      const missing = [
        'chart.ts',
        'describe.ts',
        'input.ts',
        'tables.ts',
        'strings.ts',
        'index.ts',
        `${name}.test.ts`,
        '__snapshots__',
      ].filter((file) => !existsSync(join(folder, file)));
      expect(missing).toEqual([]);
    });

    it('has a committed snapshot of every state at every static size', () => {
      const missing = chart.states.flatMap((state) =>
        Object.keys(staticChartFrames)
          .map((size) => join('src', 'charts', name, '__snapshots__', `${state}-${size}.svg`))
          .filter((file) => !existsSync(file)),
      );
      expect(missing).toEqual([]);
    });
  });
}
