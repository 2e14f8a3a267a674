// The selloff day inside the chip sector: each chip stock's move on 27 January, filled in as the
// reader scrolls, then set against the chip index and the broad market indices for scale. Rows keep
// a readable height; what does not fit is counted in a "+ N more" line (the data table has it all).
// Pure.

import { moreText, reading } from '../shared/reading';
import { formatPercent, newsDigits } from '../../format/numbers';
import { translate } from '../../i18n/translate';
import { blockHeight, labelBlock, lineStep, lineStyles, wrapped } from '../shared/annotations';
import { insideFrame, type PlotArea } from '../shared/axes';
import { companyName } from '../shared/companyName';
import { defineChart } from '../shared/defineChart';
import { rankedBars, type BarRow } from '../shared/rankedBars';
import { roundToTenth, type Mark } from '../shared/scene';
import { fontSizesFor, lineAroundBoxes, measure, textMark, textMarkBox } from '../shared/text';

export interface StockMove {
  symbol: string;
  name: string;
  change: number;
  /** 'reported': no price file; the figure is a news report (see the chapter's notes). */
  basis: 'prices' | 'reported';
  /** Decimals to print: a reported move keeps the report's precision. */
  digits: number;
}

export interface ChipStocksInput {
  date: string;
  /** Worst first. */
  stocks: readonly StockMove[];
  indices: readonly { key: 'sox' | 'nasdaq' | 'sp500'; change: number }[];
  /** How many of the worst fallers the first state shows. */
  leaders: number;
}

export const chipStocksStates = ['leaders', 'chips', 'market'] as const;
export type ChipStocksState = (typeof chipStocksStates)[number];

const chipStocks = defineChart<ChipStocksInput, ChipStocksState>({
  name: 'chipStocks',
  stringPrefixes: ['chipStocks.', 'company.'],
  states: chipStocksStates,
  render(input, { state, width, height, messages, typeScale }) {
    const { locale } = messages;
    const fonts = fontSizesFor(typeScale);
    const line = lineStyles(fonts);
    const inner = insideFrame(width, height);
    const pct = (value: number, digits?: number) => formatPercent(value, { locale, digits: newsDigits(digits) });
    // chipStocksInput always gives the chip index's move.
    const sox = input.indices.find((index) => index.key === 'sox')!;

    // The leaders' step sets its three against the other stocks, drawn muted (three bars alone left two
    // thirds of a desktop frame empty); the next step is about those others.
    const muted = (rank: number) => state === 'leaders' && rank >= input.leaders;
    const stockRows: BarRow[] = input.stocks.map((stock, rank) => ({
      key: `stock-${stock.symbol}`,
      name:
        stock.basis === 'reported'
          ? translate(messages, 'chipStocks.chart.reported', { name: companyName(messages, stock) })
          : companyName(messages, stock),
      value: stock.change,
      valueText: pct(stock.change, stock.digits),
      barClass: muted(rank)
        ? 'mark-bar mark-bar--muted'
        : stock.basis === 'reported'
          ? 'mark-bar mark-bar--reported'
          : stock.symbol === 'NVDA'
            ? 'mark-loss'
            : 'mark-bar',
      ...(muted(rank) ? { labelClass: 'label-muted' } : {}),
      ...(stock.symbol === 'NVDA' ? { strong: true, keep: 1 } : {}),
    }));
    const indexRows: BarRow[] =
      state === 'market'
        ? input.indices.map((index) => ({
            key: `index-${index.key}`,
            name: translate(messages, `chipStocks.chart.index.${index.key}`),
            value: index.change,
            valueText: pct(index.change),
            barClass: 'mark-bar mark-bar--index',
            strong: true,
            // The step is about the indices: they are drawn even when stocks are left out.
            keep: 2,
          }))
        : [];

    // The chip index's reference line is labelled on a line of its own under the bars.
    const footer = lineStep({ size: fonts.label }) + 4;
    const allValues = [...input.stocks.map((stock) => stock.change), ...input.indices.map((index) => index.change)];
    const slots = input.stocks.length + input.indices.length;
    // The caption under the chart names it; the chart says only what its rows are.
    const layOut = (key: 'chipStocks.chart.subheading' | 'chipStocks.chart.subheadingIndices') => {
      const heading = wrapped(translate(messages, key), (text) => line.small(text, 'label label-muted'), inner.width);
      const top = inner.y + blockHeight(heading) + 6;
      const bars: PlotArea = { ...inner, y: top, height: inner.y + inner.height - top - footer };
      const drawn = rankedBars([...stockRows, ...indexRows], {
        plot: bars,
        fonts,
        domain: [Math.min(...allValues), 0],
        slots,
        magnitude: true,
        moreText: moreText(messages),
        reading: reading(messages),
      });
      const withStocks = drawn.marks.some((mark) => mark.key.startsWith('stock-'));
      return { heading, top, withStocks, ...drawn };
    };
    // A frame with room only for the indices (the market step keeps them first) is headed as what it
    // shows, not as the chip makers it leaves to the table.
    let layout = layOut('chipStocks.chart.subheading');
    if (state === 'market' && !layout.withStocks) {
      const indicesOnly = layOut('chipStocks.chart.subheadingIndices');
      if (!indicesOnly.withStocks) layout = indicesOnly;
    }
    const { heading, top, marks, x, bottom: rowsBottom, inspect } = layout;

    // The chip index as a reference line through the stock bars, its label below them.
    const soxX = roundToTenth(x(Math.abs(sox.change)));
    const soxLabel = translate(messages, 'chipStocks.chart.soxLine', { change: pct(sox.change) });
    const labelWidth = measure(soxLabel, { size: fonts.label });
    const labelX = Math.min(Math.max(soxX, inner.x + labelWidth / 2), inner.x + inner.width - labelWidth / 2);
    // The line runs through the rows drawn, its label just under them; it stops short of any name,
    // value or "+ N more" line it would cross, so none is drawn over.
    const labelBoxes = marks.flatMap((mark) => textMarkBox(mark) ?? []);
    const reference: Mark[] = [
      ...lineAroundBoxes('sox-line', { x: soxX, y1: top, y2: rowsBottom + 2, boxes: labelBoxes, className: 'reference-line' }),
      textMark('sox-line-label', soxLabel, {
        x: labelX,
        y: rowsBottom + footer - 6,
        size: fonts.label,
        anchor: 'middle',
        className: 'label label-muted',
      }),
    ];

    return {
      width,
      height,
      title: translate(messages, 'chipStocks.chart.title'),
      inspect,
      layers: [
        { id: 'reference', marks: reference },
        { id: 'marks', marks: [...labelBlock('chips-heading', heading, { x: inner.x, top: inner.y, anchor: 'start' }), ...marks] },
      ],
    };
  },
});

export default chipStocks;
