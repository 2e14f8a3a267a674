// The recovery chart: each state's subject at a readable scale.
import { formatDate } from '../../format/formatValue';
import { describe, expect, it } from 'vitest';
import aftermath, { aftermathLinesStates } from './chart';
import { aftermathInput } from './input';
import { story, en } from '../../../test/charts/kit';

describe('aftermathLines', () => {
  it('draws Tuesday’s rebound, the first step’s subject, at a readable scale on the smallest phone', () => {
    const input = aftermathInput(story);
    const nvidia = input.series.find((entry) => entry.key === 'nvidia')!;
    const [monday, tuesday] = nvidia.points.filter(([date]) => date <= input.stateEnds.rebound).slice(-2);
    // The smallest frame the layout test measures (a 320×568 phone).
    const scene = aftermath.render(input, { state: 'rebound', ...en('aftermathLines', { width: 296, height: 220 }) });
    const xOf = (date: string) =>
      scene.inspect!.find((entry) => entry.read().startsWith(formatDate(date, { locale: 'en', style: 'medium' })))!.x;
    expect(xOf(tuesday![0]) - xOf(monday![0])).toBeGreaterThanOrEqual(5);
  });

  it('fills the plot in every state: the days a step names are not squeezed into a corner of a longer axis', () => {
    const input = aftermathInput(story);
    for (const state of aftermathLinesStates) {
      const scene = aftermath.render(input, { state, ...en('aftermathLines', { width: 296, height: 220 }) });
      const xs = scene.inspect!.map((entry) => entry.x);
      // Before, February's lines ended a third of the way across an axis running to June.
      expect(Math.max(...xs) - Math.min(...xs), state).toBeGreaterThan(296 * 0.5);
    }
  });

  it('draws the broad market the February step compares Nvidia with, and only there', () => {
    const input = aftermathInput(story);
    for (const state of aftermathLinesStates) {
      const scene = aftermath.render(input, { state, ...en('aftermathLines', { width: 600, height: 400 }) });
      const drawn = (id: string) => scene.layers.find((layer) => layer.id === id)!.marks.some((mark) => mark.attrs.d);
      const shown = state === 'february';
      expect(drawn('series-sp500') && drawn('series-nasdaq'), state).toBe(shown);
      expect(drawn('series-sp500') || drawn('series-nasdaq'), state).toBe(shown);
      // The lines reach past the days the text names: each index back above 100.
      if (shown) for (const entry of input.market) expect(entry.points.at(-1)![0] >= entry.regained!, entry.key).toBe(true);
    }
  });
});
