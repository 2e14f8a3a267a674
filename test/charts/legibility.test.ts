// Every chart state, in both languages, in the frames the page gives it at the layout test's screen
// sizes: no two labels overlap, none leaves the frame, none is smaller than the screen's minimum.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scene } from '../../src/charts/shared/scene';
import { chartNames, storyChart, type ChartName } from '../../src/story/chartRegistry';
import { loadStory } from '../../src/story/loadStory';
import { legibilityProblems, measuredFrames } from './legibility';

const story = loadStory();

for (const name of chartNames) {
  describe(`${name} stays legible`, async () => {
    const chart = storyChart(name, story, { where: 'test' });
    for (const locale of ['en', 'fr'] as const) {
      for (const frame of measuredFrames) {
        it(`at ${frame.screen} (${locale})`, () => {
          const problems = chart.states.flatMap((state) =>
            legibilityProblems(chart.render({ state, width: frame.width, height: frame.height, locale, typeScale: frame.typeScale }), {
              minimum: frame.typeScale === 'large' ? 14 : 12,
            }).map((problem) => `${state}: ${problem}`),
          );
          expect(problems).toEqual([]);
        });
      }
    }
  });
}

// What each state is about stays labelled at every size: when space runs out, other labels give way.
const subjects: Partial<Record<ChartName, Record<string, readonly string[]>>> = {
  weekendTimeline: {
    v3: ['event-tag-0', 'card-0'],
    r1: ['event-tag-0', 'price-r1-value', 'price-o1-value'],
    monday: ['event-tag-0', 'card-0'],
  },
  nvidiaMarketCap: {
    climb: ['record-label-0'],
    friday: ['friday-label-0'],
    // The selloff day is named on the time axis too, whatever the month labels beside it.
    monday: ['loss-label-0', 'monday-label-0', 'x-2025-01-27-label'],
    records: ['selloff-loss-name', 'selloff-loss-value'],
    rebound: ['tuesday-label-0'],
  },
  soxHistory: { boom: ['low-label-0', 'peak-label-0'], selloff: ['drop-label-0', 'monday-label-0'] },
  soxDailyMoves: { worstDays: ['day-2025-01-27-name'], later: ['day-2025-01-27-name', 'day-2025-04-03-name'] },
  chipStocks: {
    leaders: ['stock-NVDA-name'],
    chips: ['stock-NVDA-name'],
    market: ['index-sox-name', 'index-nasdaq-name', 'index-sp500-name'],
  },
  contagionMap: {
    tokyoMonday: ['region-tokyo-0', 'mover-6857.T-0'],
    europeMonday: ['region-europe-0', 'mover-ENR.DE-0'],
    // The text names Apple's and Meta's gains: their blue dots are labelled too.
    newYorkMonday: ['region-newYork-0', 'mover-VST-0', 'mover-AAPL-0', 'mover-META-0'],
    tokyoTuesday: ['region-tokyo-0', 'mover-6857.T-0'],
    taipeiReopens: ['region-taipei-0', 'mover-2330.TW-0'],
  },
  aftermathLines: {
    april: ['low-label-0', 'nvidia-end-0', 'sox-end-0'],
    // The days the text names, when each line first closed back above 100.
    june: ['nvidia-end-1', 'sox-end-1', 'nvidia-regained-label-0', 'sox-regained-label-0'],
  },
};

describe('every state keeps its subject labelled', async () => {
  for (const [name, states] of Object.entries(subjects) as [ChartName, Record<string, readonly string[]>][]) {
    const chart = storyChart(name, story, { where: 'test' });
    it(`${name}, at every measured size, in both languages`, () => {
      const missing: string[] = [];
      for (const locale of ['en', 'fr'] as const)
        for (const frame of measuredFrames)
          for (const [state, keys] of Object.entries(states)) {
            const scene = chart.render({ state, width: frame.width, height: frame.height, locale, typeScale: frame.typeScale });
            const texts = new Set(
              scene.layers
                .flatMap((layer) => layer.marks)
                .filter((mark) => mark.tag === 'text')
                .map((mark) => mark.key),
            );
            for (const key of keys) if (!texts.has(key)) missing.push(`${state} ${frame.screen} ${locale}: ${key}`);
          }
      expect(missing).toEqual([]);
    });
  }
});

describe('the hero graphic stays legible', async () => {
  const { heroSizes } = await import('../../src/story/hero');
  const chart = storyChart('nvidiaMarketCap', story, { where: 'test' });
  for (const [variant, size] of Object.entries(heroSizes))
    for (const locale of ['en', 'fr'] as const)
      it(`${variant} (${locale})`, () => {
        const scene = chart.render({ state: 'monday', ...size, locale });
        expect(legibilityProblems(scene, { minimum: size.typeScale === 'large' ? 14 : 12 })).toEqual([]);
      });
});

describe('routes and labels', () => {
  const label = {
    key: 'city-0',
    tag: 'text',
    text: 'Tokyo',
    attrs: { x: 100, y: 50, 'font-size': 13, 'text-anchor': 'start', class: 'label' },
  } as const;
  const route = { key: 'route-0', tag: 'path', attrs: { d: 'M90,46 Q120,46 160,46', class: 'map-route is-active' } } as const;
  const scene = (marks: Scene['layers'][number]['marks']) => ({
    width: 300,
    height: 100,
    title: '',
    description: '',
    layers: [
      { id: 'routes', marks: [route] },
      { id: 'labels', marks },
    ],
  });
  it('a route through a label is a problem, unless the label sits on a plate drawn over the route', () => {
    expect(legibilityProblems(scene([label]), { minimum: 12 })).toEqual(['the line route-0 runs through "Tokyo"']);
    const plate = { key: 'city-plate', tag: 'rect', attrs: { x: 98, y: 38, width: 40, height: 17, class: 'label-plate' } } as const;
    expect(legibilityProblems(scene([plate, label]), { minimum: 12 })).toEqual([]);
  });

  it('a data line through a label is a problem where its clip shows it, not where the clip hides it', () => {
    const line = { key: 'line-nvidia', tag: 'path', attrs: { d: 'M90,46L160,46', class: 'mark-line mark-line--nvidia' } } as const;
    const clipped = (width: number) => ({
      width: 300,
      height: 100,
      title: '',
      description: '',
      clip: { x: 0, y: 0, width, height: 100 },
      layers: [
        { id: 'series', clip: true, marks: [line] },
        { id: 'labels', marks: [label] },
      ],
    });
    expect(legibilityProblems(clipped(300), { minimum: 12 })).toEqual(['the line line-nvidia runs through "Tokyo"']);
    expect(legibilityProblems(clipped(95), { minimum: 12 })).toEqual([]);
  });

  it('a plate is opaque paper: the route stops at its edge instead of showing through the words', () => {
    const css = readFileSync(join(process.cwd(), 'src', 'charts', 'contagionMap', 'style.css'), 'utf8');
    const rule = /\.label-plate\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toMatch(/fill:\s*var\(--color-paper\)/);
    expect(rule).not.toMatch(/opacity/);
  });
});
