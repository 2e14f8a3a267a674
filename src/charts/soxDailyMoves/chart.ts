// Every daily move of the chip index since 2020 as one picture (a histogram, with the rare days of
// −7 % or worse drawn one dot per day), then the worst days ranked, before and after the selloff.
// Labels are placed clear of one another and of the axes. Pure; the histogram bins are counted at
// build time and arrive in the input.

import { scaleLinear } from '../shared/linearScale';
import { formatDate } from '../../format/dates';
import { formatCount, formatNumber, formatPercent, newsDigits } from '../../format/numbers';
import type { Locale } from '../../i18n/locales';
import { translate, type Messages } from '../../i18n/translate';
import {
  blockBox,
  blockHeight,
  labelBlock,
  leader,
  lineStep,
  lineStyles,
  swatchKey,
  wrapped,
  type LineStyles,
} from '../shared/annotations';
import { insideFrame, narrowWidth, timeAxisHeight, valueAxisMarks, valueTicks, type PlotArea } from '../shared/axes';
import { defineChart } from '../shared/defineChart';
import { placeLabels } from '../shared/placeLabels';
import { circleMark, rectMark, roundToTenth, type Inspectable, type Mark, type Scene } from '../shared/scene';
import { reading } from '../shared/reading';
import { ranking } from './ranking';
import { fontSizesFor, measure, textBox, textMark, type FontSizes } from '../shared/text';

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
  /** For the data table: the worst days to the end of the data, down to the least bad day the chart names. */
  worstDays: readonly DayMove[];
}

export const soxDailyMovesStates = ['allDays', 'worstDays', 'later'] as const;
export type SoxDailyMovesState = (typeof soxDailyMovesStates)[number];

/** What both views of the chart draw with. */
export interface Tools {
  inner: PlotArea;
  fonts: FontSizes;
  line: LineStyles;
  pct: (value: number, digits?: number) => string;
  day: (iso: string) => string;
  locale: Locale;
  messages: Messages;
}

const soxDailyMoves = defineChart<SoxDailyMovesInput, SoxDailyMovesState>({
  name: 'soxDailyMoves',
  stringPrefixes: ['soxDailyMoves.'],
  states: soxDailyMovesStates,
  render(input, { state, width, height, messages, typeScale }) {
    const { locale } = messages;
    const fonts = fontSizesFor(typeScale);
    const inner = insideFrame(width, height);
    const narrow = width < narrowWidth;
    const pct = (value: number, digits?: number) => formatPercent(value, { locale, digits: newsDigits(digits) });
    const day = (iso: string) => formatDate(iso, { locale, style: narrow ? 'medium' : 'long' });
    const tools: Tools = { inner, fonts, line: lineStyles(fonts), pct, day, locale, messages };
    const view = state === 'allDays' ? histogram(input, tools) : ranking(input, { ...tools, state });
    const title = translate(messages, state === 'allDays' ? 'soxDailyMoves.chart.title' : 'soxDailyMoves.chart.worstHeading');
    return { width, height, title, ...view };
  },
});

function histogram(
  input: SoxDailyMovesInput,
  { inner, fonts, line, pct, day, locale, messages }: Tools,
): Pick<Scene, 'layers' | 'inspect'> {
  const worse = input.extremes.filter((move) => move.change < input.selloff.change);
  // The finding, and how to read the dots, above the plot.
  const intro = [
    ...wrapped(
      translate(messages, 'soxDailyMoves.chart.worse', { count: formatCount(worse.length, { locale }) }),
      (text) => line.strong(text),
      inner.width,
    ),
    ...wrapped(translate(messages, 'soxDailyMoves.chart.worseWhen'), (text) => line.small(text), inner.width),
    ...wrapped(
      translate(messages, 'soxDailyMoves.chart.dotKey', { threshold: pct(input.extremeThreshold, 0) }),
      (text) => line.small(text, 'label label-muted'),
      inner.width,
    ),
  ];
  const introBox = blockBox(intro, { x: inner.x, top: inner.y, anchor: 'start' });
  const worseKey = swatchKey(
    'worse-key',
    translate(messages, 'soxDailyMoves.chart.dotWorseKey'),
    { shape: 'dot', className: 'mark-dot-dark', make: (text) => line.small(text, 'label label-muted') },
    { x: inner.x, top: introBox.bottom, width: inner.width },
  );
  const yCaption = translate(messages, 'soxDailyMoves.chart.daysAxis');
  const captionTop = introBox.bottom + worseKey.height + 6;
  // The top tick label reaches half a line above the plot: room for it under the caption.
  const plotTop = captionTop + lineStep({ size: fonts.tick }) + fonts.tick * 0.6 + 2;
  const bottom = inner.y + inner.height - timeAxisHeight(fonts);

  const count = scaleLinear()
    .domain([0, Math.max(...input.bins.map((bin) => bin.count))])
    .nice(4);
  const { ticks, width: gutter } = valueTicks({
    scale: count,
    format: (value) => formatNumber(value, { locale }),
    count: 4,
    fonts,
  });
  const plot: PlotArea = { x: inner.x + gutter, y: plotTop, width: inner.width - gutter, height: Math.max(10, bottom - plotTop) };
  count.range([plot.y + plot.height, plot.y]);
  const x = scaleLinear()
    .domain([input.bins[0]!.x0, input.bins.at(-1)!.x1])
    .range([plot.x + 6, plot.x + plot.width - 6]);
  const axisY = plot.y + plot.height;

  const bars = input.bins.map((bin) =>
    rectMark(
      `bin-${bin.x0.toFixed(4)}`,
      x(bin.x0) + 0.5,
      count(bin.count),
      Math.max(0, x(bin.x1) - x(bin.x0) - 1),
      Math.max(0, axisY - count(bin.count)),
      'mark-bar',
    ),
  );

  // Extreme days are one dot each, stacked upwards where they would overlap.
  const radius = fonts.label * 0.35;
  const placed: { cx: number; cy: number }[] = [];
  const dots = input.extremes.map((move) => {
    const cx = roundToTenth(x(move.change));
    let cy = axisY - radius - 1;
    while (placed.some((other) => Math.abs(other.cx - cx) < radius * 2 && Math.abs(other.cy - cy) < radius * 2)) cy -= radius * 2;
    placed.push({ cx, cy });
    const kind =
      move.date === input.selloff.date ? 'mark-dot-loss' : move.change < input.selloff.change ? 'mark-dot-dark' : 'mark-dot-soft';
    return circleMark(`day-${move.date}`, cx, cy, roundToTenth(radius), kind);
  });

  const axis = valueAxisMarks({ scale: count, plot, ticks, fonts });
  // The x axis: percentage ticks below the plot, edge labels anchored inward.
  const xTicks = x.ticks(6);
  const xAxis: Mark[] = [];
  const xBoxes = xTicks.map((tick) => {
    const text = pct(tick, 0);
    const at = x(tick);
    const width = measure(text, { size: fonts.tick });
    const anchor = at - width / 2 < inner.x ? 'start' : at + width / 2 > inner.x + inner.width ? 'end' : 'middle';
    const label = { x: at, y: axisY + 7 + fonts.tick, size: fonts.tick, anchor } as const;
    xAxis.push(
      {
        key: `x-${tick}-tick`,
        tag: 'line',
        attrs: { x1: roundToTenth(at), x2: roundToTenth(at), y1: axisY, y2: axisY + 5, class: 'axis-tick' },
      },
      textMark(`x-${tick}-label`, text, { ...label, className: 'axis-label' }),
    );
    return textBox(text, label);
  });

  // The selloff day's label, above its dot, placed clear of the axes and the dots' column.
  const selloffX = x(input.selloff.change);
  const selloffDot = placed[input.extremes.findIndex((move) => move.date === input.selloff.date)] ?? { cx: selloffX, cy: axisY };
  const selloffLines = [
    line.strong(day(input.selloff.date), 'label label-loss'),
    line.small(pct(input.selloff.change), 'label label-loss'),
  ];
  const tall = blockHeight(selloffLines);
  const heights = [0.35, 0.5, 0.2, 0.65].map((share) => plot.y + plot.height * share - tall / 2);
  const candidates = heights.flatMap((top) => [
    { x: selloffX, top, anchor: 'middle' as const },
    { x: selloffX - 8, top, anchor: 'end' as const },
    { x: selloffX + 8, top, anchor: 'start' as const },
  ]);
  const placement = placeLabels([{ key: 'selloff-label', lines: selloffLines, candidates, priority: 1 }], {
    bounds: { left: inner.x, top: plot.y, right: inner.x + inner.width, bottom: axisY - radius * 4 },
    obstacles: [...axis.boxes, ...xBoxes],
  }).get('selloff-label');
  const labelMarks: Mark[] = placement
    ? [
        leader('selloff-leader', {
          from: { x: selloffX, y: placement.box.bottom + 2 },
          to: { x: selloffDot.cx, y: selloffDot.cy - radius - 2 },
        }),
        ...labelBlock('selloff-label', selloffLines, placement),
      ]
    : [];

  // Readable: each bin (its range and count of days) and each dot (its day and move).
  const inspect: Inspectable[] = [
    ...input.bins
      .filter((bin) => bin.count > 0)
      .map((bin) => ({
        x: roundToTenth((x(bin.x0) + x(bin.x1)) / 2),
        y: roundToTenth(count(bin.count)),
        snap: 'point' as const,
        // The histogram is heard, bin by bin; the days marked on it are read, not heard.
        value: bin.count,
        read: () =>
          translate(messages, bin.count === 1 ? 'soxDailyMoves.chart.binOne' : 'soxDailyMoves.chart.bin', {
            from: pct(bin.x0, 1),
            to: pct(bin.x1, 1),
            count: formatNumber(bin.count, { locale }),
          }),
      })),
    ...input.extremes.map((move, index) => ({
      x: placed[index]!.cx,
      y: roundToTenth(placed[index]!.cy),
      snap: 'point' as const,
      read: () => reading(messages)(formatDate(move.date, { locale, style: 'medium' }), pct(move.change)),
    })),
  ].sort((a, b) => a.x - b.x || b.y - a.y);
  return {
    inspect,
    layers: [
      {
        id: 'axes',
        marks: [
          ...axis.marks,
          ...xAxis,
          textMark('y-caption', yCaption, { x: inner.x, y: captionTop + fonts.tick, size: fonts.tick, className: 'axis-label' }),
        ],
      },
      { id: 'bars', marks: bars },
      {
        id: 'marks',
        marks: [
          ...dots,
          ...labelMarks,
          ...labelBlock('worse-label', intro, { x: inner.x, top: inner.y, anchor: 'start' }),
          ...worseKey.marks,
        ],
      },
    ],
  };
}

export default soxDailyMoves;
