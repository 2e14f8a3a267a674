// Axis marks (gridlines and tick labels) as keyed scene marks, so ticks that survive a change of
// domain glide to their new place and the others fade. Pure; labels go through the shared formatter.

import type { ScaleLinear } from 'd3-scale';
import { utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { chartType, textWidth } from '../design/tokens';
import type { TimeScale } from './timeScale';
import { formatDate } from '../format/formatValue';
import type { Locale } from '../i18n/locales';
import { px, type Mark } from './scene';

export interface PlotArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Below this width a chart lays itself out for a phone. */
const narrowWidth = 560;

/**
 * The plot area of a chart frame: side margins by layout (narrow on phones), and the space the chart
 * keeps above and below for its own labels and axis.
 */
export function framePlot({ width, height, top, bottom }: { width: number; height: number; top: number; bottom: number }): {
  narrow: boolean;
  plot: PlotArea;
} {
  const narrow = width < narrowWidth;
  const side = narrow ? 10 : 16;
  return { narrow, plot: { x: side, y: top, width: width - 2 * side, height: height - top - bottom } };
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Tick label for a date: a year on 1 January, a month on the 1st, otherwise day and month. */
function timeTickLabel(date: Date, { locale, allMonthStarts }: { locale: Locale; allMonthStarts: boolean }) {
  const iso = isoDay(date);
  if (allMonthStarts && date.getUTCMonth() === 0) return formatDate(iso, { locale, style: 'year' });
  if (allMonthStarts) return formatDate(iso, { locale, style: 'month' });
  return formatDate(iso, { locale, style: 'short' });
}

// Trading charts tick on Mondays, then months, quarters, years: the finest whose labels fit wins.
const tickIntervals: readonly TimeInterval[] = [
  utcMonday,
  (utcMonday as CountableTimeInterval).every(2)!,
  utcMonth,
  utcMonth.every(3)!,
  utcYear,
];

function fittingTicks(scale: TimeScale, { width, locale, gap }: { width: number; locale: Locale; gap: number }) {
  for (const interval of tickIntervals) {
    const ticks = scale.ticks(interval);
    // No label is narrower than three characters: skip intervals that cannot fit before formatting.
    if (ticks.length * (textWidth('Jan', chartType.tick) + gap) > width) continue;
    const allMonthStarts = ticks.every((tick) => tick.getUTCDate() === 1);
    const widest = Math.max(0, ...ticks.map((tick) => textWidth(timeTickLabel(tick, { locale, allMonthStarts }), chartType.tick)));
    if (ticks.length * (widest + gap) <= width) return { ticks, allMonthStarts };
  }
  return { ticks: scale.ticks(utcYear), allMonthStarts: true };
}

export function timeAxisMarks({
  scale,
  plot,
  locale,
  gap = 18,
}: {
  scale: TimeScale;
  plot: PlotArea;
  locale: Locale;
  /** Minimum px of space between two tick labels. */
  gap?: number;
}): Mark[] {
  const { ticks, allMonthStarts } = fittingTicks(scale, { width: plot.width, locale, gap });
  const bottom = plot.y + plot.height;
  return ticks.flatMap((tick) => {
    const x = px(scale(tick));
    const key = `x-${isoDay(tick)}`;
    return [
      { key: `${key}-tick`, tag: 'line', attrs: { x1: x, x2: x, y1: bottom, y2: bottom + 5, class: 'axis-tick' } },
      {
        key: `${key}-label`,
        tag: 'text',
        attrs: { x, y: px(bottom + 8 + chartType.tick), 'text-anchor': 'middle', class: 'axis-label' },
        text: timeTickLabel(tick, { locale, allMonthStarts }),
      },
    ] satisfies Mark[];
  });
}

export function valueAxisMarks({
  scale,
  plot,
  format,
  count = 5,
  keyPrefix = 'y',
}: {
  scale: ScaleLinear<number, number>;
  plot: PlotArea;
  format: (value: number) => string;
  count?: number;
  keyPrefix?: string;
}): Mark[] {
  return scale.ticks(count).flatMap((tick) => {
    const y = px(scale(tick));
    const key = `${keyPrefix}-${tick}`;
    return [
      {
        key: `${key}-grid`,
        tag: 'line',
        attrs: { x1: plot.x, x2: px(plot.x + plot.width), y1: y, y2: y, class: tick === 0 ? 'axis-baseline' : 'axis-grid' },
      },
      {
        key: `${key}-label`,
        tag: 'text',
        // Labels sit on their gridline, inside the plot, as newsroom charts do: no wasted left margin.
        attrs: { x: plot.x, y: px(y - 5), 'text-anchor': 'start', class: 'axis-label' },
        text: format(tick),
      },
    ] satisfies Mark[];
  });
}

/** Vertical value axis turned sideways, for horizontal bars: gridlines down the plot, labels on top. */
export function barAxisMarks({
  scale,
  plot,
  format,
  count = 4,
  keyPrefix = 'bar',
}: {
  scale: ScaleLinear<number, number>;
  plot: PlotArea;
  format: (value: number) => string;
  count?: number;
  keyPrefix?: string;
}): Mark[] {
  const bottom = plot.y + plot.height;
  return scale.ticks(count).flatMap((tick) => {
    const x = px(scale(tick));
    const key = `${keyPrefix}-${tick}`;
    return [
      {
        key: `${key}-grid`,
        tag: 'line',
        attrs: { x1: x, x2: x, y1: plot.y, y2: bottom, class: tick === 0 ? 'axis-baseline' : 'axis-grid' },
      },
      {
        key: `${key}-label`,
        tag: 'text',
        attrs: { x, y: px(bottom + 8 + chartType.tick), 'text-anchor': tick === 0 ? 'start' : 'middle', class: 'axis-label' },
        text: format(tick),
      },
    ] satisfies Mark[];
  });
}
