// The chip stocks chart: what each state draws.
import { describe, expect, it } from 'vitest';
import chipStocks from './chart';
import { chartMessages } from '../../story/chartRegistry';
import { chipStocksInput } from './input';
import { textMarkBox } from '../shared/text';
import { story, wide, narrow, en, keys } from '../../../test/charts/kit';

describe('chipStocks', () => {
  const input = chipStocksInput(story);
  // Words are read from the strings the chart draws, so a copy edit keeps these tests.
  const { strings } = chartMessages('chipStocks', 'en');
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
      heading: strings['chipStocks.chart.subheading'],
      stocks: expect.any(Number),
    });
    expect(headingOf(narrow).stocks).toBeGreaterThan(0);
    // The graphic of a 320×568 phone: three rows, the step's three indices.
    expect(headingOf({ width: 296, height: 200 })).toEqual({ heading: strings['chipStocks.chart.subheadingIndices'], stocks: 0 });
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
