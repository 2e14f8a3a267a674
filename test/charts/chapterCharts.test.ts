// Behaviour of the chip-index and contagion charts beyond the shared contract.
import { formatDate, formatValue } from '../../src/format/formatValue';
import { describe, expect, it } from 'vitest';
import chipStocks from '../../src/charts/chipStocks.chart';
import contagionMap, { moveClass } from '../../src/charts/contagionMap.chart';
import type { Scene } from '../../src/charts/scene';
import aftermath, { aftermathStates } from '../../src/charts/aftermathLines.chart';
import soxDailyMoves from '../../src/charts/soxDailyMoves.chart';
import { aftermathInput, chipStocksInput, contagionMapInput, soxDailyMovesInput } from '../../src/story/chartInputs';
import { chartMessages, type ChartName } from '../../src/story/chartRegistry';
import { textMarkBox } from '../../src/charts/text';
import { loadStory } from '../../src/story/loadStory';
import { en as englishStrings } from '../../src/i18n/en';
import { fr as frenchStrings } from '../../src/i18n/fr';

const story = loadStory();
const wide = { width: 800, height: 640 } as const;
const narrow = { width: 370, height: 420 } as const;
/** A frame with the chart's own English strings, as the page hands them. */
const en = (chart: ChartName, size: { width: number; height: number }) => ({ ...size, messages: chartMessages(chart, 'en') });
const keys = (scene: Scene, prefix: string) =>
  scene.layers.flatMap((layer) => layer.marks.map((mark) => mark.key)).filter((key) => key.startsWith(prefix));

describe('chipStocks', () => {
  const input = chipStocksInput(story);
  it('sets the three leaders against the other stocks (muted), then all, then the indices', () => {
    const bars = (state: 'leaders' | 'chips' | 'market') =>
      chipStocks
        .render(input, { state, ...en('chipStocks', wide) })
        .layers.flatMap((layer) => layer.marks)
        .filter((mark) => mark.key.startsWith('stock-') && !mark.key.includes('-name') && !mark.key.includes('-value'));
    const leaders = bars('leaders');
    // Every stock is drawn and named, so three bars do not sit in an empty plot, and only the leaders in their colours.
    expect(leaders).toHaveLength(input.stocks.length);
    expect(leaders.filter((bar) => !String(bar.attrs.class).includes('mark-bar--muted')).map((bar) => bar.key)).toEqual([
      'stock-MRVL',
      'stock-AVGO',
      'stock-NVDA',
    ]);
    expect(bars('chips').some((bar) => String(bar.attrs.class).includes('mark-bar--muted'))).toBe(false);
    expect(bars('chips').map((bar) => bar.key)).toEqual(leaders.map((bar) => bar.key));
    expect(keys(chipStocks.render(input, { state: 'chips', ...en('chipStocks', wide) }), 'index-')).toEqual([]);
    expect(
      keys(chipStocks.render(input, { state: 'market', ...en('chipStocks', wide) }), 'index-').filter(
        (key) => !key.includes('-'.repeat(2)),
      ),
    ).toContain('index-nasdaq');
  });

  it('is headed as what it shows: the chip makers, or only the indices when a small frame has room for no stock', () => {
    const headingOf = (size: { width: number; height: number }) => {
      const scene = chipStocks.render(input, { state: 'market', ...en('chipStocks', size) });
      const heading = scene.layers
        .flatMap((layer) => layer.marks)
        .filter((mark) => mark.key.startsWith('chips-heading'))
        .map((mark) => mark.text)
        .join(' ');
      return { heading, stocks: keys(scene, 'stock-').length };
    };
    expect(headingOf(narrow)).toEqual({
      heading: 'Chip makers, their suppliers and a server maker, US listings',
      stocks: expect.any(Number),
    });
    expect(headingOf(narrow).stocks).toBeGreaterThan(0);
    // The graphic of a 320×568 phone: three rows, the step's three indices.
    expect(headingOf({ width: 296, height: 200 })).toEqual({ heading: 'Stock indices', stocks: 0 });
  });

  it('draws the chip index’s reference line over no label, in every state and frame', () => {
    for (const state of chipStocks.states) {
      for (const size of [wide, narrow, { width: 296, height: 200 }, { width: 343, height: 300 }]) {
        for (const locale of ['en', 'fr'] as const) {
          const marks = chipStocks
            .render(input, { state, ...size, messages: chartMessages('chipStocks', locale) })
            .layers.flatMap((layer) => layer.marks);
          const segments = marks.filter((mark) => mark.key.startsWith('sox-line') && mark.tag === 'line');
          expect(segments.length, `${state} ${size.width}×${size.height}`).toBeGreaterThan(0);
          for (const segment of segments) {
            const x = Number(segment.attrs.x1);
            const [y1, y2] = [Number(segment.attrs.y1), Number(segment.attrs.y2)];
            for (const mark of marks) {
              const box = textMarkBox(mark);
              const crossed = box && box.left <= x && x <= box.right && y1 < box.bottom && box.top < y2;
              expect(crossed ? `${mark.text} (${state}, ${size.width}×${size.height}, ${locale})` : undefined).toBeUndefined();
            }
          }
        }
      }
    }
  });

  it('keeps a stock’s bar in the same place when more rows arrive', () => {
    const y = (state: 'leaders' | 'market') =>
      chipStocks
        .render(input, { state, ...en('chipStocks', wide) })
        .layers.flatMap((layer) => layer.marks)
        .find((mark) => mark.key === 'stock-NVDA')!.attrs.y;
    expect(y('leaders')).toBe(y('market'));
  });
});

describe('soxDailyMoves', () => {
  const input = soxDailyMovesInput(story);
  it('moves the selloff down the ranking once later days are included', () => {
    const rank = (state: 'worstDays' | 'later') => {
      const scene = soxDailyMoves.render(input, { state, ...en('soxDailyMoves', wide) });
      const bars = scene.layers.flatMap((layer) => layer.marks).filter((mark) => mark.tag === 'rect' && mark.key.startsWith('day-'));
      return bars.findIndex((mark) => mark.key === 'day-2025-01-27') + 1;
    };
    expect(rank('worstDays')).toBe(4);
    expect(rank('later')).toBe(5);
  });
});

describe('contagionMap', () => {
  it('draws no marker the map frame cuts, and the active session’s hours over the others', () => {
    const input = contagionMapInput(story);
    for (const state of input.sessions.map((session) => session.id))
      for (const size of [narrow, wide, { width: 1280 - 500, height: 560 }]) {
        const scene = contagionMap.render(input, { state, ...en('contagionMap', size) });
        const clip = scene.clip!;
        const cut = scene.layers
          .flatMap((layer) => layer.marks)
          .filter((mark) => mark.key.startsWith('marker-'))
          .filter(({ attrs }) => {
            const [cx, cy, r] = [Number(attrs.cx), Number(attrs.cy), Number(attrs.r)];
            return (
              cx - r < clip.x - 0.5 || cx + r > clip.x + clip.width + 0.5 || cy - r < clip.y - 0.5 || cy + r > clip.y + clip.height + 0.5
            );
          });
        expect(
          cut.map((mark) => mark.key),
          `${state} ${size.width}`,
        ).toEqual([]);
        const bars = scene.layers
          .flatMap((layer) => layer.marks)
          .filter((mark) => /^clock-(?!axis|utc|tick|later|break|active)/.test(mark.key));
        if (bars.length > 0) expect(bars.at(-1)!.key, state).toBe(`clock-${state}`);
      }
  });

  const input = contagionMapInput(story);
  // A frame wide enough for the whole map: no session's markers are panned out of it.
  const markers = (state: (typeof contagionMap.states)[number]) =>
    keys(contagionMap.render(input, { state, ...en('contagionMap', { width: 2400, height: 640 }) }), 'marker-');

  it('adds each session’s companies as its session closes, keeping the earlier ones (Tokyo’s Monday beside its Tuesday)', () => {
    expect(markers('tokyoMonday')).toHaveLength(3);
    expect(markers('europeMonday')).toHaveLength(6);
    expect(markers('newYorkMonday')).toHaveLength(6 + 16);
    expect(markers('tokyoTuesday')).toEqual([
      ...markers('newYorkMonday'),
      'marker-tokyoTuesday-6857.T',
      'marker-tokyoTuesday-8035.T',
      'marker-tokyoTuesday-9984.T',
    ]);
    expect(markers('taipeiReopens')).toContain('marker-taipeiReopens-2330.TW');
  });

  it('fades earlier sessions and rings the active one, with Tuesday’s own colours', () => {
    const marks = contagionMap.render(input, { state: 'tokyoTuesday', ...en('contagionMap', wide) }).layers.flatMap((layer) => layer.marks);
    const classOf = (key: string) => String(marks.find((mark) => mark.key === key)!.attrs.class);
    expect(classOf('marker-tokyoMonday-6857.T')).toContain('move-fall-2');
    expect(classOf('marker-tokyoMonday-6857.T')).toContain('is-past');
    expect(classOf('marker-tokyoTuesday-6857.T')).toContain('move-fall-3');
    expect(classOf('marker-tokyoTuesday-6857.T')).toContain('is-active');
    // The route so far: Tokyo → Europe → New York → (across the map's edge) Tokyo.
    expect(keys(contagionMap.render(input, { state: 'tokyoTuesday', ...en('contagionMap', wide) }), 'route-')).toEqual([
      'route-europeMonday-0',
      'route-newYorkMonday-0',
      'route-tokyoTuesday-0',
      'route-tokyoTuesday-1',
    ]);
  });

  it('keeps its key just above the map when a tall frame centres the block (a 2560×1440 screen)', () => {
    for (const height of [wide.height, 1300]) {
      const scene = contagionMap.render(input, { state: 'europeMonday', ...en('contagionMap', { width: wide.width, height }) });
      const title = scene.layers.flatMap((layer) => layer.marks).find((mark) => mark.key === 'legend-title')!;
      const gap = scene.clip!.y - Number(title.attrs.y);
      expect(gap, `${height} px frame`).toBeGreaterThan(0);
      expect(gap, `${height} px frame`).toBeLessThan(40);
    }
  });

  it('draws the map on phones too, with markers on it and the biggest mover labelled', () => {
    for (const size of [narrow, { width: 296, height: 237, locale: 'en' } as const]) {
      const phone = contagionMap.render(input, { state: 'newYorkMonday', ...en('contagionMap', size) });
      expect(keys(phone, 'land')).toEqual(['land']);
      expect(keys(phone, 'marker-newYorkMonday-')).toHaveLength(16);
      const texts = phone.layers.flatMap((layer) => layer.marks).filter((mark) => mark.tag === 'text' && mark.key.startsWith('mover-VST'));
      // Its name and its move as the data file gives it (a copy edit of the label's wording still passes).
      const vistra = input.sessions.find((session) => session.id === 'newYorkMonday')!.moves.find((move) => move.symbol === 'VST')!;
      const move = formatValue(vistra.change, { kind: 'percent', digits: 1, signed: true }, { locale: 'en' });
      expect(texts.map((mark) => mark.text)).toEqual([expect.stringContaining(move)]);
      expect(texts[0]!.text).toContain(vistra.name);
    }
  });

  it('lists the active session’s moves as far as rows fit, counting the rest', () => {
    const phone = contagionMap.render(input, { state: 'newYorkMonday', ...en('contagionMap', narrow) });
    const shown = keys(phone, 'move-').filter((key) => key.endsWith('-value')).length;
    expect(shown).toBeGreaterThanOrEqual(3);
    expect(shown).toBeLessThan(16);
    const more = phone.layers.flatMap((layer) => layer.marks).find((mark) => mark.key === 'moves-more');
    expect(more?.text).toBe(`+ ${formatValue(16 - shown, { kind: 'count' }, { locale: 'en' })} more in the table`);
  });

  it('buckets falls by size (under 5%, 5%, 10%, 20%) and every rise in one blue', () => {
    expect([-0.01, -0.03, -0.06, -0.15, -0.28, 0.019, 0.0318].map(moveClass)).toEqual([
      'move-fall-1',
      'move-fall-1',
      'move-fall-2',
      'move-fall-3',
      'move-fall-4',
      'move-rise-1',
      'move-rise-1',
    ]);
  });
});

describe('colour keys', () => {
  // Colours differ by theme (the ink is black on paper and near-white in dark mode): a key shows a
  // swatch drawn with the marks' own class instead of naming a colour.
  const colourWords = /\b(black|white|gr[ae]y|red|blue|orange|green|noir|noire|blanc|gris|rouge|bleu|vert|orangé)\b/i;
  it('no chart string names a colour, in either edition', () => {
    const named = [...Object.entries(englishStrings), ...Object.entries(frenchStrings)].filter(
      ([key, text]) => !key.startsWith('site.') && !key.startsWith('timeline.') && colourWords.test(text),
    );
    expect(named).toEqual([]);
  });

  it('the chip-index ranking keys its bars with swatches of their own classes', () => {
    const input = soxDailyMovesInput(story);
    for (const state of ['worstDays', 'later'] as const) {
      const marks = soxDailyMoves.render(input, { state, ...en('soxDailyMoves', wide) }).layers.flatMap((layer) => layer.marks);
      const swatch = (key: string) => marks.find((mark) => mark.key === `${key}-swatch`)?.attrs.class;
      expect(swatch('worse-key')).toBe(marks.find((mark) => mark.key === 'day-2020-03-16')?.attrs.class);
      if (state === 'later') expect(swatch('later-key')).toBe(marks.find((mark) => mark.key === 'day-2025-04-03')?.attrs.class);
    }
  });
});

describe('text alternatives', () => {
  it('the chip-index ranking names, in words, every day it ranks above the selloff, with its move', () => {
    const input = soxDailyMovesInput(story);
    for (const state of ['worstDays', 'later'] as const) {
      const { description, layers } = soxDailyMoves.render(input, { state, ...en('soxDailyMoves', wide) });
      const labels = layers.flatMap((layer) => layer.marks).filter((mark) => mark.tag === 'text');
      const moves = state === 'worstDays' ? input.worstBefore : input.worstAll;
      const above = moves.slice(
        0,
        moves.findIndex((move) => move.date === input.selloff.date),
      );
      expect(above.length).toBeGreaterThan(2);
      for (const move of above) {
        // The move as the bar's own label prints it, so the words and the picture agree.
        const value = labels.find((mark) => mark.key === `day-${move.date}-value`)?.text;
        expect(value).toBeDefined();
        expect(description).toContain(value!);
      }
    }
  });
});

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
    for (const state of aftermathStates) {
      const scene = aftermath.render(input, { state, ...en('aftermathLines', { width: 296, height: 220 }) });
      const xs = scene.inspect!.map((entry) => entry.x);
      // Before, February's lines ended a third of the way across an axis running to June.
      expect(Math.max(...xs) - Math.min(...xs), state).toBeGreaterThan(296 * 0.5);
    }
  });

  it('draws the broad market the February step compares Nvidia with, and only there', () => {
    const input = aftermathInput(story);
    for (const state of aftermathStates) {
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
