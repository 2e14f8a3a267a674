// Contract tests every chart in the registry must pass, plus its committed SVG snapshots: each state
// at a wide (desktop) and a narrow (phone) size, as the static HTML renders them.
import { describe, expect, it } from 'vitest';
import { chartNames, chartRegistry, storyChart } from '../../src/story/chartRegistry';
import type { Scene } from '../../src/charts/shared/scene';
import { sceneToSvg } from '../../src/charts/shared/sceneToSvg';
import { staticChartFrames } from '../../src/design/tokens';
import { loadStory } from '../../src/story/loadStory';

const story = loadStory();
// The sizes and type scales the static HTML renders (src/components/Scrolly.astro).
const sizes = staticChartFrames;
/** One element per line so snapshot diffs read like code review. */
const pretty = (svg: string) => svg.replace(/></g, '>\n<');

for (const name of chartNames) {
  describe(`${name}.render(input, {state, width, height, locale})`, async () => {
    const chart = storyChart(name, story, { where: 'test' });
    const render = (state: string, size: keyof typeof sizes) => chart.render({ state, ...sizes[size], locale: 'en' });

    it('is registered under its own name', () => {
      expect(chartRegistry[name].chart.name).toBe(name);
    });

    for (const state of chart.states) {
      for (const size of Object.keys(sizes) as (keyof typeof sizes)[]) {
        it(`matches the committed SVG for ${state} at ${size} size`, async () => {
          const svg = sceneToSvg(render(state, size), { id: `test-${size}` });
          await expect(pretty(svg)).toMatchFileSnapshot(`../../src/charts/${name}/__snapshots__/${state}-${size}.svg`);
        });

        it(`keys marks uniquely and writes only finite numbers for ${state} at ${size} size`, () => {
          const scene = render(state, size);
          for (const layer of scene.layers) {
            const keys = layer.marks.map((mark) => mark.key);
            expect(new Set(keys).size, layer.id).toBe(keys.length);
          }
          expect(sceneToSvg(scene, { id: 't' })).not.toMatch(/NaN|undefined|Infinity/);
        });
      }
    }

    it('never draws a negative size, even in the smallest frame the browser draws in', () => {
      for (const state of chart.states) {
        for (const size of [
          { width: 240, height: 200 },
          { width: 160, height: 120 },
        ]) {
          const svg = sceneToSvg(chart.render({ state, ...size, locale: 'en' }), { id: 't' });
          expect(svg, `${state} ${size.width}×${size.height}`).not.toMatch(/(width|height|r)="-/);
        }
      }
    });

    // A scene with its readable values read out (their texts are computed on demand).
    const plain = (scene: Scene) => ({ ...scene, inspect: scene.inspect?.map(({ read, ...item }) => ({ ...item, text: read() })) });

    it('is pure: the same arguments give the same scene', () => {
      const state = chart.states.at(-1)!;
      expect(plain(render(state, 'wide'))).toEqual(plain(render(state, 'wide')));
    });

    it('lets the reader read values in every state: points inside the frame, texts in the locale', () => {
      for (const state of chart.states) {
        for (const size of Object.keys(sizes) as (keyof typeof sizes)[]) {
          for (const locale of ['en', 'fr'] as const) {
            const scene = chart.render({ state, ...sizes[size], locale });
            const items = scene.inspect ?? [];
            expect(items.length, `${state} ${size}`).toBeGreaterThan(0);
            for (const item of items) {
              expect(
                item.x >= 0 && item.x <= scene.width && item.y >= 0 && item.y <= scene.height,
                `${state} ${size} ${item.x},${item.y}`,
              ).toBe(true);
              const text = item.read();
              expect(text).not.toMatch(/undefined|NaN|\{/);
              // Each edition's own punctuation: "label: value", "label : value".
              expect(text).toMatch(locale === 'fr' ? /\u00a0: / : /[^\u00a0]: /);
            }
          }
        }
      }
    });

    it('keeps every layer in every state, so layers never reorder between states', () => {
      const layerIds = chart.states.map((state) =>
        render(state, 'wide')
          .layers.map((layer) => layer.id)
          .join(','),
      );
      expect(new Set(layerIds).size).toBe(1);
    });

    it('describes every state differently', () => {
      const descriptions = chart.states.map((state) => render(state, 'wide').description);
      expect(new Set(descriptions).size).toBe(descriptions.length);
    });
  });
}
