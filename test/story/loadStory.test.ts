import { cpSync, mkdtempSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { chartRegistry, storyChart } from '../../src/story/chartRegistry';
import { loadStory } from '../../src/story/loadStory';

// Every <Fact>, table and chart on a page asks for the story: it is derived once, and each chart state
// drawn once per frame and locale, until a data file changes.
describe('the story, computed once', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'story-once-'));
  cpSync('content/data', dataDir, { recursive: true });

  it('is the same object on every call while the data is unchanged', () => {
    expect(loadStory({ dataDir })).toBe(loadStory({ dataDir }));
  });

  it('is derived again when a data file changes', () => {
    const before = loadStory({ dataDir });
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dataDir, 'sox_daily.csv'), later, later);
    const after = loadStory({ dataDir });
    expect(after).not.toBe(before);
    expect(after.chipIndex.monday).toEqual(before.chipIndex.monday);
  });

  it('draws a chart state once per frame and locale', () => {
    const story = loadStory({ dataDir });
    const render = vi.spyOn(chartRegistry.soxDailyMoves.chart, 'render');
    const chart = storyChart('soxDailyMoves', story, { where: 'test' });
    const frame = { width: 390, height: 500, typeScale: 'small' } as const;
    const first = chart.render({ state: 'allDays', locale: 'en', ...frame });
    expect(chart.render({ state: 'allDays', locale: 'en', ...frame })).toBe(first);
    chart.render({ state: 'allDays', locale: 'fr', ...frame });
    chart.render({ state: 'allDays', locale: 'en', ...frame, width: 1000 });
    expect(render).toHaveBeenCalledTimes(3);
    render.mockRestore();
  });

  it('names the place that asked for an unknown chart', () => {
    expect(() => storyChart('pieChart', loadStory({ dataDir }), { where: 'chapter 3' })).toThrow(/^chapter 3: unknown chart "pieChart"/);
  });
});
