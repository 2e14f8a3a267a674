// Horizontal bars, one row per item in the given order: a name line above each bar, the value at
// the bar's end. Bars grow from zero in either direction, so losses and gains can share a chart.
// Pure; keys come from the rows so a row keeps its marks when it moves rank between states.

import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { chartType, textWidth } from '../design/tokens';
import { lineHeight } from './annotations';
import type { PlotArea } from './axes';
import { px, type Mark } from './scene';

export interface BarRow {
  /** Mark key of the bar; the name and value labels get `-name` and `-value`. */
  key: string;
  name: string;
  value: number;
  valueText: string;
  /** Extra classes for the bar (e.g. `mark-loss`); defaults to `mark-bar`. */
  barClass?: string;
  /** Extra classes for both labels (e.g. `label-strong`). */
  labelClass?: string;
}

/** Fewest px a row needs: a label line and a thin bar. */
export const minRowHeight = lineHeight.label + 10;

export function rankedBars(
  rows: readonly BarRow[],
  {
    plot,
    domain,
    nice = false,
    maxBarHeight = 18,
    slots = rows.length,
    magnitude = false,
  }: {
    plot: PlotArea;
    domain?: readonly [number, number];
    nice?: boolean;
    maxBarHeight?: number;
    /** Rows the plot is divided into; more than `rows.length` keeps row positions stable as rows are added. */
    slots?: number;
    /** Draw every bar from the left by its size (a ranking of falls), keeping the signed value in the label. */
    magnitude?: boolean;
  },
): { marks: Mark[]; x: ScaleLinear<number, number> } {
  const length = (value: number) => (magnitude ? Math.abs(value) : value);
  const values = rows.map((row) => length(row.value));
  const bounds = (domain ?? [0, 0]).map(length);
  const low = Math.min(0, ...values, ...bounds);
  const high = Math.max(0, ...values, ...bounds);
  // Room for the value text beyond the longest bar on each side that has bars.
  const widest = Math.max(0, ...rows.map((row) => textWidth(row.valueText, chartType.label))) + 8;
  const x = scaleLinear()
    .domain([low, high])
    .range([plot.x + (low < 0 ? widest : 0), plot.x + plot.width - (high > 0 ? widest : 0)]);
  // A nice domain gives round axis ticks at both ends; the bars use the same scale as the ticks.
  if (nice) x.nice(4);
  const rowHeight = slots > 0 ? plot.height / slots : 0;
  const barHeight = Math.max(5, Math.min(maxBarHeight, rowHeight - lineHeight.label - 6));
  const zero = x(0);

  const marks = rows.flatMap((row, index): Mark[] => {
    const top = plot.y + index * rowHeight;
    const barY = top + lineHeight.label + 2;
    const end = x(length(row.value));
    const negative = length(row.value) < 0;
    const labelClass = row.labelClass ? ` ${row.labelClass}` : '';
    return [
      {
        key: `${row.key}-name`,
        tag: 'text',
        attrs: {
          x: px(negative ? zero : plot.x),
          y: px(top + lineHeight.label - 2),
          'text-anchor': negative ? 'end' : 'start',
          class: `label${labelClass}`,
        },
        text: row.name,
      },
      {
        key: row.key,
        tag: 'rect',
        attrs: {
          x: px(Math.min(zero, end)),
          y: px(barY),
          width: px(Math.abs(end - zero)),
          height: px(barHeight),
          class: row.barClass ?? 'mark-bar',
        },
      },
      {
        key: `${row.key}-value`,
        tag: 'text',
        attrs: {
          x: px(negative ? end - 5 : end + 5),
          y: px(barY + barHeight / 2 + chartType.label * 0.35),
          'text-anchor': negative ? 'end' : 'start',
          class: `label${labelClass}`,
        },
        text: row.valueText,
      },
    ];
  });
  return { marks, x };
}
