// Every chart state, in both languages, in the frames the page gives it at the layout test's screen
// sizes: no two labels overlap, none leaves the frame, none is smaller than the screen's minimum.
import { describe, expect, it } from 'vitest';
import { chartNames, prepareChart, type ChartName } from '../../src/story/chartRegistry';
import { loadStory } from '../../src/story/loadStory';
import { legibilityProblems, measuredFrames } from './legibility';

const story = loadStory();

for (const name of chartNames) {
  describe(`${name} stays legible`, async () => {
    const chart = prepareChart(name, story, { where: 'test' });
    for (const locale of ['en', 'fr'] as const) {
      for (const frame of measuredFrames) {
        it(`at ${frame.screen} (${locale})`, () => {
          const problems = chart.states.flatMap((state) =>
            legibilityProblems(chart.render({ state, width: frame.width, height: frame.height, locale, type: frame.type }), {
              minimum: frame.type === 'large' ? 14 : 12,
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
    monday: ['loss-label-0', 'monday-label-0'],
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
    newYorkMonday: ['region-newYork-0', 'mover-VST-0'],
    tokyoTuesday: ['region-tokyo-0', 'mover-6857.T-0'],
    taipeiReopens: ['region-taipei-0', 'mover-2330.TW-0'],
  },
  aftermathLines: { april: ['low-label-0', 'nvidia-end-1', 'sox-end-1'], june: ['nvidia-end-1', 'sox-end-1'] },
};

describe('every state keeps its subject labelled', async () => {
  for (const [name, states] of Object.entries(subjects) as [ChartName, Record<string, readonly string[]>][]) {
    const chart = prepareChart(name, story, { where: 'test' });
    it(`${name}, at every measured size, in both languages`, () => {
      const missing: string[] = [];
      for (const locale of ['en', 'fr'] as const)
        for (const frame of measuredFrames)
          for (const [state, keys] of Object.entries(states)) {
            const scene = chart.render({ state, width: frame.width, height: frame.height, locale, type: frame.type });
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
  const chart = prepareChart('nvidiaMarketCap', story, { where: 'test' });
  for (const [variant, size] of Object.entries(heroSizes))
    for (const locale of ['en', 'fr'] as const)
      it(`${variant} (${locale})`, () => {
        const scene = chart.render({ state: 'monday', ...size, locale });
        expect(legibilityProblems(scene, { minimum: size.type === 'large' ? 14 : 12 })).toEqual([]);
      });
});
