// The Philadelphia Semiconductor Index (SOX) since 2020, in two states: the AI boom's climb from the
// pandemic low to its peak, then a close-up of the selloff day's fall. Value labels sit in a gutter
// left of the plot, annotations are placed clear of each other and of the axes. Pure.

import { scaleLinear } from '../shared/linearScale';
import { formatDate } from '../../format/dates';
import { formatNumber, formatPercent, newsDigits } from '../../format/numbers';
import { translate } from '../../i18n/translate';
import { blockHeight, blockWidth, lineStyles, stackedBlocks, wrapped, type LabelLine } from '../shared/annotations';
import { insideFrame, isoDay, narrowWidth, timeAxisMarks, timeSeriesPlot, valueAxisMarks, valueTicks } from '../shared/axes';
import { defineChart } from '../shared/defineChart';
import { labelAndLeader, nearCandidates, placeLabels } from '../shared/placeLabels';
import { circleMark, lineMark, rectMark, roundToTenth, type Mark } from '../shared/scene';
import { fontSizesFor } from '../shared/text';
import { timeScale } from '../shared/timeScale';
import { seriesBoxes, seriesInspect, seriesLayers, utcDate, type SeriesPoint } from '../shared/timeSeries';
import { reading } from '../shared/reading';

export interface SoxHistoryInput {
  /** [ISO date, index close], oldest first. */
  series: readonly SeriesPoint[];
  covidLow: { date: string; close: number };
  peak: { date: string; close: number };
  friday: { date: string; close: number };
  monday: { date: string; close: number; change: number; low: number; lowChange: number };
  climbMultiple: number;
  zoomFrom: { wide: string; narrow: string };
}

export const soxHistoryStates = ['boom', 'selloff'] as const;
export type SoxHistoryState = (typeof soxHistoryStates)[number];

const soxHistory = defineChart<SoxHistoryInput, SoxHistoryState>({
  name: 'soxHistory',
  stringPrefixes: ['soxHistory.'],
  states: soxHistoryStates,
  render(input, { state, width, height, messages, typeScale }) {
    const { locale } = messages;
    const fonts = fontSizesFor(typeScale);
    const line = lineStyles(fonts);
    const narrow = width < narrowWidth;
    const inner = insideFrame(width, height);
    const { covidLow, peak, friday, monday } = input;
    const points = (value: number) => formatNumber(value, { locale, digits: 0 });
    const pct = (value: number) => formatPercent(value, { locale, digits: newsDigits(2) });
    const day = (iso: string) => formatDate(iso, { locale, style: narrow ? 'medium' : 'long' });
    const zoomed = state === 'selloff';

    // The close-up's labels sit right of Monday, wrapped to at most half the frame; their width is
    // the gutter kept free of the line.
    const room = inner.width * 0.48 - 18;
    const small = (text: string, className?: string) => wrapped(text, (part) => line.small(part, className), room);
    const blocks: { key: string; lines: LabelLine[]; at: number }[] = [
      {
        key: 'friday-label',
        lines: [...small(translate(messages, 'soxHistory.chart.friday')), line.big(points(friday.close))],
        at: friday.close,
      },
      {
        key: 'drop-label',
        lines: [
          line.big(pct(monday.change), 'label-value label-loss'),
          ...small(translate(messages, 'soxHistory.chart.inOneDay'), 'label label-loss'),
        ],
        at: (friday.close + monday.close) / 2,
      },
      {
        key: 'monday-label',
        lines: [...small(translate(messages, 'soxHistory.chart.monday')), line.big(points(monday.close))],
        at: monday.close,
      },
      {
        key: 'low-label',
        lines: small(translate(messages, 'soxHistory.chart.intradayLow', { change: pct(monday.lowChange) }), 'label label-muted'),
        at: monday.low,
      },
    ];
    const gutter = Math.min(inner.width / 2, Math.max(...blocks.map((block) => blockWidth(block.lines))) + 18);

    const y = scaleLinear()
      .domain([0, Math.max(...input.series.map((point) => point[1])) * 1.15])
      .nice(5);
    const { ticks, width: axisWidth } = valueTicks({ scale: y, format: points, count: narrow ? 4 : 5, fonts });
    const plot = timeSeriesPlot({ inner, axisWidth, fonts, y });
    const from = utcDate(zoomed ? (narrow ? input.zoomFrom.narrow : input.zoomFrom.wide) : input.series[0]![0]);
    const to = utcDate(zoomed ? monday.date : friday.date);
    const x = timeScale({ domain: [from, to], range: [plot.x, plot.x + plot.width - (zoomed ? gutter : 0)] });
    const series = seriesLayers({ series: input.series, x, y, plot, revealTo: zoomed ? monday.date : friday.date });
    const xOf = (iso: string) => roundToTenth(x(utcDate(iso)));
    const yOf = (value: number) => roundToTenth(y(value));
    const dot = (key: string, point: { date: string; close: number }) =>
      circleMark(key, xOf(point.date), yOf(point.close), 4.5, 'mark-dot');

    const valueAxis = valueAxisMarks({ scale: y, plot, ticks, fonts });
    const timeAxis = timeAxisMarks({ scale: x, plot: { ...plot, width: plot.width - (zoomed ? gutter : 0) }, locale, fonts, from, to });
    const bounds = { left: inner.x, top: inner.y, right: inner.x + inner.width, bottom: plot.y + plot.height };
    const obstacles = [
      ...valueAxis.boxes,
      ...timeAxis.boxes,
      ...seriesBoxes({ series: input.series, x, y, from: input.series[0]![0], to: zoomed ? monday.date : friday.date }),
    ];

    const marks: Mark[] = [];
    if (!zoomed) {
      const labelWidth = inner.width * 0.55;
      const lowLines = [
        ...wrapped(translate(messages, 'soxHistory.chart.covidLow', { date: day(covidLow.date) }), (text) => line.small(text), labelWidth),
        line.big(points(covidLow.close)),
      ];
      const lowShort = [line.small(translate(messages, 'soxHistory.chart.covidLowShort')), line.big(points(covidLow.close))];
      const peakLines = [
        ...wrapped(translate(messages, 'soxHistory.chart.peak', { date: day(peak.date) }), (text) => line.small(text), labelWidth),
        line.big(points(peak.close)),
      ];
      const lowX = xOf(covidLow.date);
      const peakX = xOf(peak.date);
      const peakTop = yOf(peak.close) - blockHeight(peakLines) - 8;
      // As near to the low as the line allows, tied to it by a leader.
      const lowCandidates = nearCandidates(lowLines, { x: lowX, y: yOf(covidLow.close), bounds });
      const placed = placeLabels(
        [
          {
            key: 'peak-label',
            lines: peakLines,
            priority: 2,
            candidates: [
              { x: peakX, top: peakTop, anchor: 'middle' },
              { x: peakX - 8, top: peakTop, anchor: 'end' },
              { x: plot.x + plot.width, top: peakTop, anchor: 'end' },
              { x: peakX - 10, top: yOf(peak.close) + 10, anchor: 'end' },
              ...nearCandidates(peakLines, { x: peakX, y: yOf(peak.close), bounds }),
            ],
          },
          {
            key: 'low-label',
            lines: lowLines,
            priority: 1,
            candidates: lowCandidates,
            // On a small frame, the low without its date (the text gives it).
            fallbacks: [{ lines: lowShort, candidates: nearCandidates(lowShort, { x: lowX, y: yOf(covidLow.close), bounds }) }],
          },
        ],
        { bounds, obstacles },
      );
      marks.push(dot('dot-low', covidLow), dot('dot-peak', peak));
      marks.push(
        ...labelAndLeader('low-label', placed.get('low-label'), 'low-leader', { x: lowX, y: yOf(covidLow.close) }),
        ...labelAndLeader('peak-label', placed.get('peak-label'), 'peak-leader', { x: peakX, y: yOf(peak.close) }, 14),
      );
    } else {
      const mx = xOf(monday.date);
      marks.push(
        dot('dot-friday', friday),
        dot('dot-monday', monday),
        rectMark('drop', mx - 4, y(friday.close), 8, y(monday.close) - y(friday.close), 'mark-loss'),
        lineMark('monday-range', mx, y(monday.close), mx, y(monday.low), 'mark-range'),
      );
      marks.push(...stackedBlocks(blocks, { x: mx + 12, y, min: plot.y, max: plot.y + plot.height - 2 }));
    }

    return {
      width,
      height,
      title: translate(messages, 'soxHistory.chart.title'),
      clip: series.clip,
      layers: [series.area, { id: 'axes', marks: [...valueAxis.marks, ...timeAxis.marks] }, series.line, { id: 'marks', marks }],
      inspect: seriesInspect({
        series: input.series,
        x,
        y,
        plot,
        from: isoDay(from),
        to: zoomed ? monday.date : friday.date,
        read: ([date, value]) => reading(messages)(formatDate(date, { locale, style: 'medium' }), points(value)),
      }),
    };
  },
});

export default soxHistory;
