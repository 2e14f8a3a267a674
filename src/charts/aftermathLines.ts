// The months after the selloff: Nvidia and the chip index as indexes (Friday 24 January = 100), in
// four states revealed over time: Tuesday's rebound, February, the April tariff low, and June, when
// both finally closed above their pre-selloff level. Pure.

import { scaleLinear } from 'd3-scale';
import { formatDate, formatValue } from '../format/formatValue';
import { translate } from '../i18n/translate';
import { big, blockHeight, labelBlock, small, type LabelLine } from './annotations';
import { framePlot, timeAxisMarks, valueAxisMarks } from './axes';
import { defineChart } from './defineChart';
import { timeScale } from './timeScale';
import { px, type Mark } from './scene';
import { stackLabels } from './stackLabels';
import { lastOnOrBefore, seriesLayers, utcDate, type SeriesPoint } from './timeSeries';

export const aftermathStates = ['rebound', 'february', 'april', 'june'] as const;
export type AftermathState = (typeof aftermathStates)[number];

export interface IndexedSeries {
  key: 'nvidia' | 'sox';
  /** [ISO date, level with the base day = 100]. */
  points: readonly SeriesPoint[];
  lowest: { date: string; value: number };
  regained: string | undefined;
}

export interface AftermathInput {
  baseDate: string;
  /** Last day shown in each state. */
  stateEnds: Readonly<Record<AftermathState, string>>;
  series: readonly IndexedSeries[];
}

export const aftermathLines = defineChart<AftermathInput, AftermathState>({
  name: 'aftermathLines',
  states: aftermathStates,
  render(input, { state, width, height, locale }) {
    const { narrow, plot } = framePlot({ width, height, top: 40, bottom: 34 });
    const end = input.stateEnds[state];
    const all = input.series.flatMap((entry) => entry.points.map((point) => point[1]));
    const gutter = Math.min(plot.width / 2, narrow ? 92 : 128);
    const x = timeScale({
      domain: [utcDate(input.series[0]!.points[0]![0]), utcDate(input.stateEnds.june)],
      range: [plot.x, plot.x + plot.width - gutter],
    });
    const y = scaleLinear()
      .domain([Math.min(...all) * 0.95, Math.max(...all) * 1.05])
      .nice(5)
      .range([plot.y + plot.height, plot.y]);
    const number = (value: number) => formatValue(value, { kind: 'number', digits: 0 }, { locale });
    const name = (key: IndexedSeries['key']) => translate(locale, `aftermath.chart.${key}`);

    const layers = input.series.map((entry) =>
      seriesLayers({ series: entry.points, x, y, plot, revealTo: end, baseline: y.domain()[0]!, name: entry.key }),
    );
    const marks: Mark[] = [];

    // End-of-line labels, dodged so the two never overlap.
    const shownLast = input.series.map((entry) => lastOnOrBefore(entry.points, end)!);
    const blocks = input.series.map((entry, index) => {
      const last = shownLast[index]!;
      const lines: LabelLine[] = [
        small(name(entry.key), `label label-${entry.key}`),
        big(number(last[1]), `label-value label-${entry.key}`),
      ];
      return { key: `${entry.key}-end`, lines, at: last[1], x: x(utcDate(last[0])) };
    });
    const tops = stackLabels(
      blocks.map((block) => ({ key: block.key, top: y(block.at) - blockHeight(block.lines) / 2, height: blockHeight(block.lines) })),
      { gap: 6, min: plot.y, max: plot.y + plot.height - 4 },
    );
    blocks.forEach((block) => {
      marks.push(
        {
          key: `${block.key}-dot`,
          tag: 'circle',
          attrs: { cx: px(block.x), cy: px(y(block.at)), r: 3.5, class: `mark-dot mark-dot--${block.key.replace('-end', '')}` },
        },
        ...labelBlock(block.key, block.lines, { x: block.x + 10, top: tops.get(block.key)!, anchor: 'start' }),
      );
    });

    if (state === 'april' || state === 'june') {
      for (const entry of input.series) {
        if (entry.lowest.date > end) continue;
        marks.push({
          key: `${entry.key}-low`,
          tag: 'circle',
          attrs: { cx: px(x(utcDate(entry.lowest.date))), cy: px(y(entry.lowest.value)), r: 4, class: `mark-dot mark-dot--${entry.key}` },
        });
      }
      const lowLines = [small(translate(locale, 'aftermath.chart.tariffLow'), 'label label-muted')];
      const lowest = input.series.reduce((a, b) => (a.lowest.value < b.lowest.value ? a : b)).lowest;
      marks.push(...labelBlock('low-label', lowLines, { x: x(utcDate(lowest.date)) - 10, top: y(lowest.value) + 4, anchor: 'end' }));
    }
    if (state === 'june') {
      for (const entry of input.series) {
        if (!entry.regained || entry.regained > end) continue;
        const rx = px(x(utcDate(entry.regained)));
        marks.push({
          key: `${entry.key}-regained`,
          tag: 'line',
          attrs: { x1: rx, x2: rx, y1: px(y(100) - 8), y2: px(y(100) + 8), class: `regain-tick regain-tick--${entry.key}` },
        });
      }
    }

    const baseLabel = [
      small(
        translate(locale, 'aftermath.chart.base', { date: formatDate(input.baseDate, { locale, style: 'short' }) }),
        'label label-muted',
      ),
    ];
    // What 100 means, as a caption above the plot, clear of the lines.
    marks.push(...labelBlock('base-label', baseLabel, { x: plot.x, top: plot.y - 28, anchor: 'start' }));

    const nvidia = input.series.find((entry) => entry.key === 'nvidia')!;
    const sox = input.series.find((entry) => entry.key === 'sox')!;
    const at = (entry: IndexedSeries) => number(shownLast[input.series.indexOf(entry)]![1]);
    return {
      width,
      height,
      title: translate(locale, 'aftermath.chart.title'),
      description: translate(locale, `aftermath.desc.${state}`, {
        date: formatDate(end, { locale, style: 'long' }),
        nvidia: at(nvidia),
        sox: at(sox),
        nvidiaLow: number(nvidia.lowest.value),
        nvidiaLowDate: formatDate(nvidia.lowest.date, { locale, style: 'long' }),
        nvidiaRegained: nvidia.regained ? formatDate(nvidia.regained, { locale, style: 'long' }) : '—',
        soxRegained: sox.regained ? formatDate(sox.regained, { locale, style: 'long' }) : '—',
      }),
      clip: layers[0]!.clip,
      layers: [
        {
          id: 'axes',
          marks: [
            ...valueAxisMarks({ scale: y, plot, format: number, count: 5 }),
            {
              key: 'base-line',
              tag: 'line',
              attrs: { x1: plot.x, x2: px(plot.x + plot.width - gutter), y1: px(y(100)), y2: px(y(100)), class: 'reference-line' },
            },
            ...timeAxisMarks({ scale: x, plot: { ...plot, width: plot.width - gutter }, locale, gap: narrow ? 12 : 24 }),
          ],
        },
        ...layers.map((layer) => layer.line),
        { id: 'marks', marks },
      ],
    };
  },
});
