// The selloff day inside the chip sector: each chip stock's move on 27 January, filled in as the
// reader scrolls, then set against the chip index and the broad market indices for scale. Pure.

import { formatValue } from '../format/formatValue';
import { translate } from '../i18n/translate';
import { blockHeight, labelBlock, small } from './annotations';
import { framePlot, type PlotArea } from './axes';
import { companyName } from './companyName';
import { defineChart } from './defineChart';
import { rankedBars, type BarRow } from './rankedBars';
import { px, type Mark } from './scene';

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

export const chipStocks = defineChart<ChipStocksInput, ChipStocksState>({
  name: 'chipStocks',
  states: chipStocksStates,
  render(input, { state, width, height, locale }) {
    const { plot } = framePlot({ width, height, top: 12, bottom: 12 });
    const pct = (value: number, digits = 2) => formatValue(value, { kind: 'percent', digits }, { locale });
    const sox = input.indices.find((index) => index.key === 'sox');
    if (!sox) throw new Error('chipStocks: the input needs the chip index (sox)');

    const shownStocks = state === 'leaders' ? input.stocks.slice(0, input.leaders) : input.stocks;
    const stockRows: BarRow[] = shownStocks.map((stock) => ({
      key: `stock-${stock.symbol}`,
      name:
        stock.basis === 'reported'
          ? translate(locale, 'chips.chart.reported', { name: companyName(locale, stock) })
          : companyName(locale, stock),
      value: stock.change,
      valueText: pct(stock.change, stock.digits),
      barClass: stock.basis === 'reported' ? 'mark-bar mark-bar--reported' : stock.symbol === 'NVDA' ? 'mark-loss' : 'mark-bar',
      ...(stock.symbol === 'NVDA' ? { labelClass: 'label-strong' } : {}),
    }));
    const indexRows: BarRow[] =
      state === 'market'
        ? input.indices.map((index) => ({
            key: `index-${index.key}`,
            name: translate(locale, `chips.chart.index.${index.key}`),
            value: index.change,
            valueText: pct(index.change),
            barClass: 'mark-bar mark-bar--index',
            labelClass: 'label-strong',
          }))
        : [];

    const headingLines = [
      small(translate(locale, 'chips.chart.heading'), 'chart-heading'),
      small(translate(locale, 'chips.chart.subheading'), 'label label-muted'),
    ];
    const top = plot.y + blockHeight(headingLines) + 8;
    const bars: PlotArea = { ...plot, y: top, height: plot.y + plot.height - top };
    const allValues = [...input.stocks.map((stock) => stock.change), ...input.indices.map((index) => index.change)];
    const slots = input.stocks.length + input.indices.length;
    const { marks, x } = rankedBars([...stockRows, ...indexRows], {
      plot: bars,
      domain: [Math.min(...allValues), 0],
      slots,
      magnitude: true,
    });

    // The chip index as a reference line through the stock bars.
    const soxX = px(x(Math.abs(sox.change)));
    const reference: Mark[] = [
      { key: 'sox-line', tag: 'line', attrs: { x1: soxX, x2: soxX, y1: px(top), y2: px(bars.y + bars.height), class: 'reference-line' } },
      {
        key: 'sox-line-label',
        tag: 'text',
        attrs: { x: px(soxX + 4), y: px(bars.y + bars.height - 4), 'text-anchor': 'start', class: 'label label-muted' },
        text: translate(locale, 'chips.chart.soxLine', { change: pct(sox.change) }),
      },
    ];

    // The sentences say "fell": sizes of falls, at each figure's own precision.
    const worst = input.stocks[0];
    const description = translate(locale, `chips.desc.${state}`, {
      worst: worst ? companyName(locale, worst) : '',
      worstChange: pct(-(worst?.change ?? 0), worst?.digits),
      count: formatValue(input.stocks.length, { kind: 'count' }, { locale }),
      sox: pct(-sox.change),
      nasdaq: pct(-(input.indices.find((index) => index.key === 'nasdaq')?.change ?? 0)),
      sp500: pct(-(input.indices.find((index) => index.key === 'sp500')?.change ?? 0)),
    });

    return {
      width,
      height,
      title: translate(locale, 'chips.chart.title'),
      description,
      layers: [
        { id: 'reference', marks: reference },
        { id: 'marks', marks: [...labelBlock('chips-heading', headingLines, { x: plot.x, top: plot.y, anchor: 'start' }), ...marks] },
      ],
    };
  },
});
