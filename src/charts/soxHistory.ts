// The Philadelphia Semiconductor Index (SOX) since 2020, in two states: the AI boom's climb from the
// pandemic low to its peak, then a close-up of the selloff day's fall. Pure, like every chart.

import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { formatDate, formatValue } from '../format/formatValue';
import { translate } from '../i18n/translate';
import { big, blockHeight, blockWidth, elbowLeader, fitInside, labelBlock, small, type LabelLine } from './annotations';
import { framePlot, timeAxisMarks, valueAxisMarks } from './axes';
import { defineChart } from './defineChart';
import { timeScale } from './timeScale';
import { px, type Mark } from './scene';
import { stackLabels } from './stackLabels';
import { seriesLayers, utcDate, type SeriesPoint } from './timeSeries';

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

export const soxHistory = defineChart<SoxHistoryInput, SoxHistoryState>({
  name: 'soxHistory',
  states: soxHistoryStates,
  render(input, { state, width, height, locale }) {
    const { narrow, plot } = framePlot({ width, height, top: 12, bottom: 34 });
    const { covidLow, peak, friday, monday } = input;
    const points = (value: number) => formatValue(value, { kind: 'number', digits: 0 }, { locale });
    const pct = (value: number) => formatValue(value, { kind: 'percent', digits: 2 }, { locale });
    const day = (iso: string) => formatDate(iso, { locale, style: narrow ? 'medium' : 'long' });

    // The close-up's labels sit right of Monday; their width is the gutter kept free of the line.
    const dropLines: LabelLine[] = [
      big(pct(monday.change), 'label-value label-loss'),
      small(translate(locale, 'sox.chart.inOneDay'), 'label label-loss'),
    ];
    const fridayLines: LabelLine[] = [small(translate(locale, 'sox.chart.friday')), big(points(friday.close))];
    const mondayLines: LabelLine[] = [small(translate(locale, 'sox.chart.monday')), big(points(monday.close))];
    const lowLines: LabelLine[] = [
      small(translate(locale, 'sox.chart.intradayLow', { change: pct(monday.lowChange) }), 'label label-muted'),
    ];
    const zoomed = state === 'selloff';
    const blocks = [
      { key: 'friday-label', lines: fridayLines, at: friday.close },
      { key: 'drop-label', lines: dropLines, at: (friday.close + monday.close) / 2 },
      { key: 'monday-label', lines: mondayLines, at: monday.close },
      { key: 'low-label', lines: lowLines, at: monday.low },
    ];
    const gutter = zoomed ? Math.min(plot.width / 2, Math.max(...blocks.map((block) => blockWidth(block.lines))) + 22) : 0;

    const from = zoomed ? (narrow ? input.zoomFrom.narrow : input.zoomFrom.wide) : input.series[0]![0];
    const to = zoomed ? monday.date : friday.date;
    const x = timeScale({ domain: [utcDate(from), utcDate(to)], range: [plot.x, plot.x + plot.width - gutter] });
    const y = scaleLinear()
      .domain([0, (max(input.series, (point) => point[1]) ?? peak.close) * 1.15])
      .nice(5)
      .range([plot.y + plot.height, plot.y]);
    const series = seriesLayers({ series: input.series, x, y, plot, revealTo: zoomed ? monday.date : friday.date });
    const xOf = (iso: string) => px(x(utcDate(iso)));
    const yOf = (value: number) => px(y(value));
    const dot = (key: string, point: { date: string; close: number }): Mark => ({
      key,
      tag: 'circle',
      attrs: { cx: xOf(point.date), cy: yOf(point.close), r: 4.5, class: 'mark-dot' },
    });

    const marks: Mark[] = [];
    if (!zoomed) {
      const lowLabel = [small(translate(locale, 'sox.chart.covidLow', { date: day(covidLow.date) })), big(points(covidLow.close))];
      const peakLabel = [small(translate(locale, 'sox.chart.peak', { date: day(peak.date) })), big(points(peak.close))];
      const lowTop = plot.y + plot.height * 0.2;
      // Clear of the value axis labels, which sit inside the plot on the left.
      const lowX = Math.max(xOf(covidLow.date) + 10, plot.x + 48);
      marks.push(
        dot('dot-low', covidLow),
        dot('dot-peak', peak),
        ...labelBlock('low-label', lowLabel, { x: lowX, top: lowTop, anchor: 'start' }),
        elbowLeader('low-leader', {
          from: { x: lowX - 4, y: lowTop + blockHeight(lowLabel) / 2 },
          to: { x: xOf(covidLow.date), y: yOf(covidLow.close) },
        }),
        ...labelBlock('peak-label', peakLabel, {
          ...fitInside(peakLabel, { x: xOf(peak.date), min: plot.x, max: plot.x + plot.width }),
          top: yOf(peak.close) - blockHeight(peakLabel) - 10,
        }),
      );
    } else {
      const mx = xOf(monday.date);
      marks.push(
        dot('dot-friday', friday),
        dot('dot-monday', monday),
        {
          key: 'drop',
          tag: 'rect',
          attrs: { x: px(mx - 4), y: yOf(friday.close), width: 8, height: px(y(monday.close) - y(friday.close)), class: 'mark-loss' },
        },
        { key: 'monday-range', tag: 'line', attrs: { x1: mx, x2: mx, y1: yOf(monday.close), y2: yOf(monday.low), class: 'mark-range' } },
      );
      const tops = stackLabels(
        blocks.map((block) => ({ key: block.key, top: y(block.at) - blockHeight(block.lines) / 2, height: blockHeight(block.lines) })),
        { gap: 6, min: plot.y, max: plot.y + plot.height - 4 },
      );
      for (const block of blocks)
        marks.push(...labelBlock(block.key, block.lines, { x: mx + 14, top: tops.get(block.key)!, anchor: 'start' }));
    }

    const description = zoomed
      ? translate(locale, 'sox.desc.selloff', {
          date: formatDate(monday.date, { locale, style: 'weekday' }),
          change: pct(-monday.change),
          close: points(monday.close),
          previous: points(friday.close),
        })
      : translate(locale, 'sox.desc.boom', {
          lowDate: formatDate(covidLow.date, { locale, style: 'long' }),
          low: points(covidLow.close),
          peakDate: formatDate(peak.date, { locale, style: 'long' }),
          peak: points(peak.close),
          multiple: formatValue(input.climbMultiple, { kind: 'fold', digits: 1 }, { locale }),
        });

    return {
      width,
      height,
      title: translate(locale, 'sox.chart.title'),
      description,
      clip: series.clip,
      layers: [
        series.area,
        {
          id: 'axes',
          marks: [
            ...valueAxisMarks({ scale: y, plot, format: (value) => points(value), count: 5 }),
            ...timeAxisMarks({ scale: x, plot: { ...plot, width: plot.width - gutter }, locale, gap: narrow ? 10 : 28 }),
          ],
        },
        series.line,
        { id: 'marks', marks },
      ],
    };
  },
});
