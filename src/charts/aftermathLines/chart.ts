// The months after the selloff: Nvidia and the chip index as indexes (Friday 24 January = 100), in
// four states revealed over time: Tuesday's rebound, February, the April tariff low, and June, when
// both finally closed above their pre-selloff level. Pure.

import { scaleLinear } from '../shared/linearScale';
import { formatDate } from '../../format/dates';
import { formatNumber } from '../../format/numbers';
import { translate } from '../../i18n/translate';
import { blockBox, blockHeight, blockWidth, labelBlock, lineStyles, wrapped, type LabelLine } from '../shared/annotations';
import { insideFrame, plotBox, timeAxisMarks, timeSeriesPlot, valueAxisMarks, valueTicks } from '../shared/axes';
import { defineChart } from '../shared/defineChart';
import { labelAndLeader, placeLabels } from '../shared/placeLabels';
import { highMark, regainMarks } from './marks';
import { readableDays } from './reading';
import { circleMark, roundToTenth, type Mark } from '../shared/scene';
import { stackLabels } from '../shared/stackLabels';
import { fontSizesFor, type Box } from '../shared/text';
import { timeScale } from '../shared/timeScale';
import { lastOnOrBefore, seriesBoxes, seriesLayers, utcDate, type SeriesPoint } from '../shared/timeSeries';

export const aftermathLinesStates = ['rebound', 'february', 'april', 'june'] as const;
export type AftermathState = (typeof aftermathLinesStates)[number];

export interface IndexedSeries {
  key: 'nvidia' | 'sox';
  /** [ISO date, level with the base day = 100]. */
  points: readonly SeriesPoint[];
  lowest: { date: string; value: number };
  regained: string | undefined;
}

export interface MarketSeries {
  key: 'sp500' | 'nasdaq';
  regained: string | undefined;
  /** The month's highest close, which the February step names (the S&P 500's). */
  high?: { date: string; value: number };
  /** [ISO date, level with the base day = 100], up to the February state's end. */
  points: readonly SeriesPoint[];
}

export interface AftermathInput {
  baseDate: string;
  /** Last day shown in each state. */
  stateEnds: Readonly<Record<AftermathState, string>>;
  series: readonly IndexedSeries[];
  /** The broad market the February step sets against Nvidia: drawn in that state only. */
  market: readonly MarketSeries[];
}

type LineKey = IndexedSeries['key'] | MarketSeries['key'];

const aftermathLines = defineChart<AftermathInput, AftermathState>({
  name: 'aftermathLines',
  stringPrefixes: ['aftermathLines.'],
  states: aftermathLinesStates,
  render(input, { state, width, height, messages, typeScale }) {
    const { locale } = messages;
    const fonts = fontSizesFor(typeScale);
    const line = lineStyles(fonts);
    const inner = insideFrame(width, height);
    const end = input.stateEnds[state];
    const all = [...input.series, ...input.market].flatMap((entry) => entry.points.map((point) => point[1]));
    const number = (value: number) => formatNumber(value, { locale, digits: 0 });
    const name = (key: LineKey) => translate(messages, `aftermathLines.chart.${key}`);
    const market = state === 'february' ? input.market : [];
    const drawn: readonly (IndexedSeries | MarketSeries)[] = [...market, ...input.series];

    // What 100 means, as a line above the plot, clear of the lines and ticks.
    const baseLines = wrapped(
      translate(messages, 'aftermathLines.chart.base', { date: formatDate(input.baseDate, { locale, style: 'short' }) }),
      (text) => line.small(text, 'label label-muted'),
      inner.width,
    );
    // The values this state shows set its scale (February's broad market spans a few points), with room
    // under the April low for its label.
    const shown = drawn.flatMap((entry) => entry.points.filter(([date]) => date <= end).map((point) => point[1]));
    const floor = state === 'april' || state === 'june' ? 0.88 : 0.95;
    const y = scaleLinear()
      .domain([Math.min(...shown) * floor, Math.max(...shown) * 1.03])
      .nice(5);
    const { ticks, width: axisWidth } = valueTicks({ scale: y, format: number, count: 5, fonts });
    const plot = timeSeriesPlot({ inner, axisWidth, fonts, y, above: blockHeight(baseLines) + 4 });

    // End-of-line labels: their widest sets the right gutter, the same in every state.
    // The two subjects' labels give name and value on two lines; the broad market's, quieter, on one.
    // In April's short plots (phones) a two-line label would be pushed beside the wrong gridline: one line each.
    const oneLine = (key: LineKey) => key === 'sp500' || key === 'nasdaq' || (state === 'april' && plot.height < 220);
    const endLines = (entry: IndexedSeries | MarketSeries, value: number): LabelLine[] =>
      oneLine(entry.key)
        ? [line.small(`${name(entry.key)} ${number(value)}`, `label label-${entry.key}`)]
        : [line.small(name(entry.key), `label label-${entry.key}`), line.big(number(value), `label-value label-${entry.key}`)];
    const gutter = Math.max(...[...input.series, ...input.market].map((entry) => blockWidth(endLines(entry, Math.max(...all))))) + 14;
    const from = utcDate(input.series[0]!.points[0]![0]);
    // Each state's time axis ends on its last day, so its subject fills the plot: on an axis running to
    // June, Tuesday's rebound was a 35 px stub on a phone and February a third of the width.
    const to = utcDate(end);
    const x = timeScale({ domain: [from, to], range: [plot.x, plot.x + plot.width - gutter] });

    // Every line keeps its layer in every state (empty when not drawn), so layers never reorder.
    const layers = [...input.market, ...input.series].map((entry) =>
      seriesLayers({
        series: drawn.includes(entry) ? entry.points : [],
        ...{ x, y, plot, revealTo: end, baseline: y.domain()[0]!, name: entry.key },
      }),
    );
    const valueAxis = valueAxisMarks({ scale: y, plot, ticks, fonts });
    // The selloff day is always named on the axis (a narrow axis labelled only its ends).
    const selloff = utcDate(input.series[0]!.points.find(([date]) => date > input.baseDate)![0]);
    const timeAxis = timeAxisMarks({ scale: x, plot: { ...plot, width: plot.width - gutter }, locale, fonts, from, to, always: selloff });
    const marks: Mark[] = [];
    // Boxes along the lines drawn, which labels keep clear of: worked out once, and only when a state places such a label.
    let drawnLineBoxes: Box[] | undefined;
    const lineBoxes = () =>
      (drawnLineBoxes ??= drawn.flatMap((entry) => seriesBoxes({ series: entry.points, x, y, from: entry.points[0]![0], to: end })));

    // End-of-line labels, dodged so the two never overlap.
    const shownLast = drawn.map((entry) => lastOnOrBefore(entry.points, end)!);
    const blocks = drawn.map((entry, index) => {
      const last = shownLast[index]!;
      return { key: `${entry.key}-end`, lines: endLines(entry, last[1]), at: last[1], x: x(utcDate(last[0])) };
    });
    const lowestSeries = input.series.reduce((a, b) => (a.lowest.value < b.lowest.value ? a : b));
    const { lowest } = lowestSeries;
    const lowText = translate(messages, 'aftermathLines.chart.tariffLow', { name: name(lowestSeries.key), value: number(lowest.value) });
    // In April the line ends at (or just after) the low: its label joins the end-of-line stack, under the values.
    const stackedLow =
      state === 'april' && lowest.date <= end
        ? {
            key: 'low-label',
            lines: wrapped(
              lowText,
              (text) => line.small(text, 'label label-muted'),
              inner.x + inner.width - Math.max(...blocks.map((block) => block.x)) - 10,
            ),
            top: y(lowest.value) + 24,
          }
        : undefined;
    const tops = stackLabels(
      [
        ...blocks.map((block) => ({ key: block.key, top: y(block.at) - blockHeight(block.lines) / 2, height: blockHeight(block.lines) })),
        ...(stackedLow ? [{ key: stackedLow.key, top: stackedLow.top, height: blockHeight(stackedLow.lines) }] : []),
      ],
      { gap: 4, min: plot.y - fonts.tick * 0.6, max: plot.y + plot.height },
    );
    const endBoxes = blocks.map((block) => {
      const placement = { x: block.x + 10, top: tops.get(block.key)!, anchor: 'start' as const };
      marks.push(
        circleMark(`${block.key}-dot`, block.x, y(block.at), 3.5, `mark-dot mark-dot--${block.key.replace('-end', '')}`),
        ...labelBlock(block.key, block.lines, placement),
      );
      return blockBox(block.lines, placement);
    });

    if (stackedLow) {
      marks.push(
        ...labelBlock(stackedLow.key, stackedLow.lines, {
          x: Math.max(...blocks.map((block) => block.x)) + 10,
          top: tops.get(stackedLow.key)!,
          anchor: 'start',
        }),
      );
    }
    if (state === 'april' || state === 'june') {
      for (const entry of input.series) {
        if (entry.lowest.date > end) continue;
        marks.push(
          circleMark(`${entry.key}-low`, x(utcDate(entry.lowest.date)), y(entry.lowest.value), 4, `mark-dot mark-dot--${entry.key}`),
        );
      }
      const lowX = x(utcDate(lowest.date));
      const lowY = y(lowest.value);
      const lowLines = wrapped(lowText, (text) => line.small(text, 'label label-muted'), inner.width * 0.45);
      const height = blockHeight(lowLines);
      const placed = stackedLow
        ? new Map()
        : placeLabels(
            [
              {
                key: 'low-label',
                lines: lowLines,
                priority: 1,
                candidates: [
                  { x: lowX - 8, top: lowY + 4, anchor: 'end' },
                  { x: lowX + 8, top: lowY + 4, anchor: 'start' },
                  { x: lowX, top: lowY + 6, anchor: 'middle' },
                  { x: lowX - 8, top: lowY - height - 4, anchor: 'end' },
                  { x: lowX + 8, top: lowY - height - 4, anchor: 'start' },
                  // Lower down, sliding sideways: the plot's floor is kept clear for it.
                  ...[8, 14, 20].flatMap((drop) =>
                    [0, -20, 20, -40, 40].map((shift) => ({ x: lowX + shift, top: lowY + drop, anchor: 'middle' as const })),
                  ),
                ],
              },
            ],
            {
              bounds: plotBox(plot),
              obstacles: [...valueAxis.boxes, ...timeAxis.boxes, ...endBoxes, ...lineBoxes()],
            },
          );
      marks.push(...labelAndLeader('low-label', placed.get('low-label'), 'low-leader', { x: lowX, y: lowY }, 8));
    }
    if (market.length > 0 || state === 'june') {
      const dayMarks = { x, y, line, locale, plot, obstacles: [...endBoxes, ...timeAxis.boxes, ...lineBoxes()] };
      for (const entry of market) marks.push(...highMark(entry, dayMarks));
      if (state === 'june') marks.push(...regainMarks(input.series, { ...dayMarks, end }));
    }
    marks.push(...labelBlock('base-label', baseLines, { x: inner.x, top: inner.y, anchor: 'start' }));

    return {
      width,
      height,
      title: translate(messages, 'aftermathLines.chart.title'),
      // Readable: each day shown, every drawn line at once.
      inspect: readableDays({ drawn, end, x, y, plot, number, market: market.length > 0, messages, locale }),
      clip: layers[0]!.clip,
      layers: [
        {
          id: 'axes',
          marks: [
            ...valueAxis.marks,
            {
              key: 'base-line',
              tag: 'line',
              // The reference runs as far as the lines do, so it never crosses their labels.
              attrs: {
                x1: plot.x,
                x2: roundToTenth(x(utcDate(end))),
                y1: roundToTenth(y(100)),
                y2: roundToTenth(y(100)),
                class: 'reference-line',
              },
            },
            ...timeAxis.marks,
          ],
        },
        ...layers.map((layer) => layer.line),
        { id: 'marks', marks },
      ],
    };
  },
});

export default aftermathLines;
