// Every daily move of the chip index since 2020 as one picture (a histogram, with the rare days of
// −7 % or worse drawn one dot per day), then the worst days ranked, before and after the selloff.
// Pure; the histogram bins are counted at build time and arrive in the input.

import { scaleLinear } from 'd3-scale';
import { formatDate, formatValue } from '../format/formatValue';
import type { Locale } from '../i18n/locales';
import { translate } from '../i18n/translate';
import { blockHeight, labelBlock, lineHeight, small } from './annotations';
import { valueAxisMarks, type PlotArea, framePlot } from './axes';
import { defineChart } from './defineChart';
import { rankedBars } from './rankedBars';
import { px, type Mark, type Scene } from './scene';

export interface DayMove {
  date: string;
  change: number;
}

export interface SoxDailyMovesInput {
  firstDate: string;
  selloff: DayMove;
  lastDate: string;
  /** Bins of daily change (ratios), with the count of days up to the selloff day. */
  bins: readonly { x0: number; x1: number; count: number }[];
  /** Days at or below `extremeThreshold` up to the selloff day, drawn one by one. */
  extremes: readonly DayMove[];
  extremeThreshold: number;
  worstSince: DayMove;
  /** The worst days up to the selloff day, and over all the data, worst first. */
  worstBefore: readonly DayMove[];
  worstAll: readonly DayMove[];
}

export const soxDailyMovesStates = ['allDays', 'worstDays', 'later'] as const;
export type SoxDailyMovesState = (typeof soxDailyMovesStates)[number];

export const soxDailyMoves = defineChart<SoxDailyMovesInput, SoxDailyMovesState>({
  name: 'soxDailyMoves',
  states: soxDailyMovesStates,
  render(input, { state, width, height, locale }) {
    const { narrow, plot } = framePlot({ width, height, top: 12, bottom: 36 });
    const pct = (value: number, digits = 2) => formatValue(value, { kind: 'percent', digits }, { locale });
    const day = (iso: string) => formatDate(iso, { locale, style: narrow ? 'medium' : 'long' });
    const view = state === 'allDays' ? histogram(input, { plot, pct, day, locale }) : ranking(input, { state, plot, pct, day, locale });
    const description =
      state === 'allDays'
        ? translate(locale, 'soxMoves.desc.allDays', {
            from: formatDate(input.firstDate, { locale, style: 'long' }),
            date: formatDate(input.selloff.date, { locale, style: 'long' }),
            change: pct(-input.selloff.change),
            // Its index among the worst days is the number of days that were worse.
            count: formatValue(
              input.worstBefore.findIndex((move) => move.date === input.selloff.date),
              { kind: 'count' },
              { locale },
            ),
            since: formatDate(input.worstSince.date, { locale, style: 'long' }),
          })
        : translate(locale, state === 'worstDays' ? 'soxMoves.desc.worstDays' : 'soxMoves.desc.later', {
            date: formatDate(input.selloff.date, { locale, style: 'long' }),
            rank: formatValue(
              (state === 'worstDays' ? input.worstBefore : input.worstAll).findIndex((move) => move.date === input.selloff.date) + 1,
              { kind: 'ordinal' },
              { locale },
            ),
            last: formatDate(input.lastDate, { locale, style: 'long' }),
          });
    return { width, height, title: translate(locale, 'soxMoves.chart.title'), description, ...view };
  },
});

interface Tools {
  plot: PlotArea;
  pct: (value: number, digits?: number) => string;
  day: (iso: string) => string;
  locale: Locale;
}

function histogram(input: SoxDailyMovesInput, { plot, pct, day, locale }: Tools): Pick<Scene, 'layers'> {
  const labelSpace = 4 * lineHeight.label + 20;
  const axisY = plot.y + plot.height;
  const x = scaleLinear()
    .domain([input.bins[0]!.x0, input.bins.at(-1)!.x1])
    .range([plot.x, plot.x + plot.width]);
  const y = scaleLinear()
    .domain([0, Math.max(...input.bins.map((bin) => bin.count))])
    .nice(4)
    .range([axisY, Math.min(axisY - 10, plot.y + labelSpace)]);

  const bars: Mark[] = input.bins.map((bin) => ({
    key: `bin-${bin.x0.toFixed(4)}`,
    tag: 'rect',
    attrs: {
      x: px(x(bin.x0) + 0.5),
      y: px(y(bin.count)),
      width: px(Math.max(0, x(bin.x1) - x(bin.x0) - 1)),
      height: px(Math.max(0, axisY - y(bin.count))),
      class: 'mark-bar',
    },
  }));

  // Extreme days are one dot each, stacked upwards where they would overlap.
  const radius = 4.5;
  const placed: { cx: number; cy: number }[] = [];
  const dots: Mark[] = input.extremes.map((move) => {
    const cx = px(x(move.change));
    let cy = axisY - radius - 1;
    while (placed.some((other) => Math.abs(other.cx - cx) < radius * 2 && Math.abs(other.cy - cy) < radius * 2)) cy -= radius * 2;
    placed.push({ cx, cy });
    const kind =
      move.date === input.selloff.date ? 'mark-dot-loss' : move.change < input.selloff.change ? 'mark-dot-dark' : 'mark-dot-soft';
    return { key: `day-${move.date}`, tag: 'circle', attrs: { cx, cy: px(cy), r: radius, class: kind } };
  });

  const selloffX = x(input.selloff.change);
  const selloffDot = dots.find((dot) => dot.key === `day-${input.selloff.date}`);
  const selloffLines = [
    small(day(input.selloff.date), 'label label-strong label-loss'),
    small(pct(input.selloff.change), 'label label-loss'),
  ];
  const worse = input.extremes.filter((move) => move.change < input.selloff.change);
  const worseLines = [
    small(translate(locale, 'soxMoves.chart.worse', { count: formatValue(worse.length, { kind: 'count' }, { locale }) }), 'label'),
    small(translate(locale, 'soxMoves.chart.worseWhen'), 'label label-muted'),
  ];
  const labelTop = axisY - 80 - blockHeight(selloffLines);
  const ticks = x.ticks(6);

  return {
    layers: [
      {
        id: 'axes',
        marks: [
          ...valueAxisMarks({
            scale: y,
            plot: { ...plot, y: plot.y + labelSpace, height: axisY - plot.y - labelSpace },
            format: (value) => String(value),
            count: 4,
          }),
          ...ticks.flatMap((tick): Mark[] => [
            {
              key: `x-${tick}-tick`,
              tag: 'line',
              attrs: { x1: px(x(tick)), x2: px(x(tick)), y1: axisY, y2: axisY + 5, class: 'axis-tick' },
            },
            {
              key: `x-${tick}-label`,
              tag: 'text',
              attrs: { x: px(x(tick)), y: px(axisY + 20), 'text-anchor': 'middle', class: 'axis-label' },
              text: pct(tick, 0),
            },
          ]),
          {
            key: 'y-caption',
            tag: 'text',
            attrs: { x: plot.x, y: px(plot.y + labelSpace - 18), class: 'axis-label' },
            text: translate(locale, 'soxMoves.chart.daysAxis'),
          },
        ],
      },
      { id: 'bars', marks: bars },
      {
        id: 'marks',
        marks: [
          ...dots,
          {
            key: 'selloff-leader',
            tag: 'line',
            attrs: {
              x1: px(selloffX),
              x2: px(selloffX),
              y1: px(labelTop + blockHeight(selloffLines) + 3),
              y2: px(Number(selloffDot?.attrs.cy ?? axisY) - radius - 2),
              class: 'leader',
            },
          },
          ...labelBlock('selloff-label', selloffLines, { x: selloffX, top: labelTop, anchor: 'middle' }),
          ...labelBlock('worse-label', worseLines, { x: plot.x, top: plot.y, anchor: 'start' }),
          ...labelBlock(
            'extreme-key',
            [small(translate(locale, 'soxMoves.chart.dotKey', { threshold: pct(input.extremeThreshold, 0) }), 'label label-muted')],
            {
              x: plot.x,
              top: plot.y + blockHeight(worseLines) + 2,
              anchor: 'start',
            },
          ),
        ],
      },
    ],
  };
}

function ranking(
  input: SoxDailyMovesInput,
  { state, plot, pct, day, locale }: Tools & { state: SoxDailyMovesState },
): Pick<Scene, 'layers'> {
  const moves = state === 'worstDays' ? input.worstBefore : input.worstAll;
  const headingLines = [
    small(translate(locale, 'soxMoves.chart.worstHeading'), 'chart-heading'),
    small(
      translate(locale, 'soxMoves.chart.worstPeriod', {
        from: formatDate(input.firstDate, { locale, style: 'medium' }),
        to: formatDate(state === 'worstDays' ? input.selloff.date : input.lastDate, { locale, style: 'medium' }),
      }),
      'label label-muted',
    ),
    ...(state === 'later'
      ? [
          small(
            translate(locale, 'soxMoves.chart.laterKey', { date: formatDate(input.selloff.date, { locale, style: 'medium' }) }),
            'label label-muted',
          ),
        ]
      : []),
  ];
  const top = plot.y + blockHeight(headingLines) + 8;
  const domain = [Math.min(...input.worstAll.map((move) => move.change)), 0] as const;
  const { marks } = rankedBars(
    moves.map((move) => ({
      key: `day-${move.date}`,
      name: day(move.date),
      value: move.change,
      valueText: pct(move.change),
      ...(move.date === input.selloff.date
        ? { barClass: 'mark-loss', labelClass: 'label-strong label-loss' }
        : move.date > input.selloff.date
          ? { barClass: 'mark-bar mark-bar--later' }
          : {}),
    })),
    { plot: { ...plot, y: top, height: plot.y + plot.height - top + 30 }, domain, magnitude: true },
  );
  return {
    layers: [
      { id: 'axes', marks: [] },
      { id: 'bars', marks: [] },
      { id: 'marks', marks: [...labelBlock('worst-heading', headingLines, { x: plot.x, top: plot.y, anchor: 'start' }), ...marks] },
    ],
  };
}
