// Axes as keyed scene marks (ticks that survive a change of domain glide to their new place), with
// the boxes their labels take so annotations can keep clear of them. Value labels sit in a gutter
// left of the plot, time labels below it: no axis label is drawn over the data. Pure.

import type { LinearScale } from './linearScale';
import { utcInterval, type UtcInterval } from './utcIntervals';
import { formatDate } from '../../format/dates';
import type { Locale } from '../../i18n/locales';
import { roundToTenth, type Mark } from './scene';
import { measure, textBox, textMark, type Anchor, type Box, type FontSizes } from './text';
import type { TimeScale } from './timeScale';

export interface PlotArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Below this frame width a chart lays itself out for a phone. */
export const narrowWidth = 560;

/** Space kept between a frame's edge and anything drawn. */
const frameInset = 4;

/** A plot's edges, for label placement to keep inside. */
export const plotBox = (plot: PlotArea): Box => ({ left: plot.x, top: plot.y, right: plot.x + plot.width, bottom: plot.y + plot.height });

/** The part of a `width` × `height` frame a chart may draw in. */
export const insideFrame = (width: number, height: number): PlotArea => ({
  x: frameInset,
  y: frameInset,
  width: width - 2 * frameInset,
  height: height - 2 * frameInset,
});

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Ticks and labels for a value axis, and the width of the gutter its labels need. */
export function valueTicks({
  scale,
  format,
  count = 5,
  fonts,
}: {
  scale: LinearScale;
  format: (value: number) => string;
  count?: number;
  fonts: FontSizes;
}) {
  const ticks = scale.ticks(count).map((value) => ({ value, label: format(value) }));
  const width = Math.max(0, ...ticks.map((tick) => measure(tick.label, { size: fonts.tick }))) + 8;
  return { ticks, width };
}

/** Gridlines across the plot and labels right-aligned in the gutter to its left. */
export function valueAxisMarks({
  scale,
  plot,
  ticks,
  fonts,
  keyPrefix = 'y',
}: {
  scale: LinearScale;
  plot: PlotArea;
  ticks: readonly { value: number; label: string }[];
  fonts: FontSizes;
  keyPrefix?: string;
}): { marks: Mark[]; boxes: Box[] } {
  const marks: Mark[] = [];
  const boxes: Box[] = [];
  for (const tick of ticks) {
    const y = roundToTenth(scale(tick.value));
    const key = `${keyPrefix}-${tick.value}`;
    const label = { x: plot.x - 6, y: y + fonts.tick * 0.35, size: fonts.tick, anchor: 'end' } as const;
    marks.push(
      {
        key: `${key}-grid`,
        tag: 'line',
        attrs: { x1: plot.x, x2: roundToTenth(plot.x + plot.width), y1: y, y2: y, class: tick.value === 0 ? 'axis-baseline' : 'axis-grid' },
      },
      textMark(`${key}-label`, tick.label, { ...label, className: 'axis-label' }),
    );
    boxes.push(textBox(tick.label, label));
  }
  return { marks, boxes };
}

/**
 * Tick label for a date: a year on 1 January, a month on the 1st (the first month shown with its
 * year, so the axis is dated from its start), otherwise day and month.
 */
function timeTickLabel(date: Date, { locale, allMonthStarts, first }: { locale: Locale; allMonthStarts: boolean; first: boolean }) {
  const monthStyle = date.getUTCMonth() === 0 ? 'year' : first ? 'monthYear' : 'month';
  return formatDate(isoDay(date), { locale, style: allMonthStarts ? monthStyle : 'short' });
}

// Trading charts tick on days, Mondays, months, quarters, years: the finest whose labels fit wins.
// Each with its shortest length in days, to skip without listing its ticks an interval that would
// give far too many labels (listing every day of five years is most of a render's time).
const tickIntervals: readonly { interval: UtcInterval; days: number }[] = [
  { interval: utcInterval('day'), days: 1 },
  { interval: utcInterval('week'), days: 7 },
  { interval: utcInterval('week', 2), days: 14 },
  { interval: utcInterval('month'), days: 28 },
  { interval: utcInterval('month', 2), days: 59 },
  { interval: utcInterval('month', 3), days: 89 },
  { interval: utcInterval('month', 6), days: 181 },
  { interval: utcInterval('year'), days: 365 },
];
const dayMs = 86_400_000;

/**
 * A time axis below the plot. Ticks are the finest interval whose labels fit without touching; when
 * none fits (a very narrow frame), the first and last days are labelled, or the last alone. Edge labels are anchored
 * inward so none is cut by the frame.
 */
export function timeAxisMarks({
  scale,
  plot,
  locale,
  fonts,
  gap = 10,
  from,
  to,
  always,
}: {
  scale: TimeScale;
  plot: PlotArea;
  locale: Locale;
  fonts: FontSizes;
  /** Minimum px between two labels. */
  gap?: number;
  /** The first and last day shown, for the fallback labels. */
  from: Date;
  to: Date;
  /** A day always labelled (the state's subject); interval labels too close to it give way. */
  always?: Date;
}): { marks: Mark[]; boxes: Box[] } {
  const bottom = plot.y + plot.height;
  const baseline = bottom + 7 + fonts.tick;
  const left = plot.x;
  const right = plot.x + plot.width;
  const layout = (ticks: readonly Date[], allMonthStarts: boolean) => {
    const labels = ticks.map((tick, index) => {
      const text = timeTickLabel(tick, { locale, allMonthStarts, first: index === 0 });
      const x = scale(tick);
      const width = measure(text, { size: fonts.tick });
      const anchor = x - width / 2 < left ? 'start' : x + width / 2 > right ? 'end' : 'middle';
      const labelX = anchor === 'start' ? Math.max(left, x - width / 2) : anchor === 'end' ? Math.min(right, x + width / 2) : x;
      return {
        tick,
        text,
        x,
        labelX,
        anchor: anchor as 'start' | 'middle' | 'end',
        box: textBox(text, { x: labelX, y: baseline, size: fonts.tick, anchor }),
      };
    });
    const clear = (a: { box: Box }, b: { box: Box }) => a.box.right + gap <= b.box.left;
    // A label pushed inward at the frame's edge may meet its neighbour: that edge label goes, not the interval.
    if (labels.length > 3 && labels[0]!.anchor === 'start' && !clear(labels[0]!, labels[1]!)) labels.shift();
    if (labels.length > 3 && labels.at(-1)!.anchor === 'end' && !clear(labels.at(-2)!, labels.at(-1)!)) labels.pop();
    const fits = labels.every((label, index) => index === 0 || clear(labels[index - 1]!, label));
    return { labels, fits };
  };
  let chosen: ReturnType<typeof layout> | undefined;
  const labelRoom = measure('00 Mmm', { size: fonts.tick }) * 0.5 + gap;
  for (const { interval, days } of tickIntervals) {
    // At most this many ticks between the first and last day shown, plus the two ends.
    const most = Math.floor((to.getTime() - from.getTime()) / (days * dayMs)) + 2;
    if ((most - 2) * labelRoom > plot.width * 1.5 * 2) continue;
    const ticks = scale.ticks(interval).filter((tick) => scale(tick) >= left - 0.5 && scale(tick) <= right + 0.5);
    if (ticks.length < 2) continue;
    if (ticks.length * labelRoom > plot.width * 1.5) continue;
    const attempt = layout(
      ticks,
      ticks.every((tick) => tick.getUTCDate() === 1),
    );
    if (attempt.fits) {
      chosen = attempt;
      break;
    }
  }
  if (!chosen) {
    const ends = layout([from, to], false);
    chosen = ends.fits ? ends : layout([to], false);
  }
  if (always && !chosen.labels.some((label) => isoDay(label.tick) === isoDay(always))) {
    const [subject] = layout([always], false).labels;
    const apart = (a: { box: Box }, b: { box: Box }) => a.box.right + gap <= b.box.left || b.box.right + gap <= a.box.left;
    chosen = {
      fits: true,
      labels: [...chosen.labels.filter((label) => apart(label, subject!)), subject!].sort((a, b) => a.x - b.x),
    };
  }
  const marks = chosen.labels.flatMap((label): Mark[] => {
    const key = `x-${isoDay(label.tick)}`;
    const x = roundToTenth(label.x);
    return [
      { key: `${key}-tick`, tag: 'line', attrs: { x1: x, x2: x, y1: bottom, y2: bottom + 5, class: 'axis-tick' } },
      textMark(`${key}-label`, label.text, {
        x: label.labelX,
        y: baseline,
        size: fonts.tick,
        anchor: label.anchor,
        className: 'axis-label',
      }),
    ];
  });
  return { marks, boxes: chosen.labels.map((label) => label.box) };
}

/** Height a time axis takes below its plot. */
export const timeAxisHeight = (fonts: FontSizes) => 7 + fonts.tick * 1.3 + 2;

/**
 * The plot of a time series inside `inner`: right of the value labels (`axisWidth`), from `above`
 * (the space taken over it, plus room for the top tick label's upper half) down to the time axis.
 * Sets the value scale's range to the plot's height.
 */
export function timeSeriesPlot({
  inner,
  axisWidth,
  fonts,
  y,
  above = 0,
}: {
  inner: PlotArea;
  axisWidth: number;
  fonts: FontSizes;
  y: LinearScale;
  above?: number;
}): PlotArea {
  const top = inner.y + above + fonts.tick * 0.6;
  const plot = {
    x: inner.x + axisWidth,
    y: top,
    width: inner.width - axisWidth,
    height: inner.y + inner.height - timeAxisHeight(fonts) - top,
  };
  y.range([plot.y + plot.height, plot.y]);
  return plot;
}

/**
 * Vertical gridlines for horizontal bars, labels below the plot, edge labels anchored inward. No line
 * at zero: the bars' names start there, and it would strike their first letters.
 */
export function barAxisMarks({
  scale,
  plot,
  format,
  count,
  fonts,
}: {
  scale: LinearScale;
  plot: PlotArea;
  format: (value: number) => string;
  count: number;
  fonts: FontSizes;
}): Mark[] {
  const bottom = plot.y + plot.height;
  const baseline = bottom + 7 + fonts.tick;
  /** A tick's label at `x`, anchored inward at the plot's edges. */
  const label = (tick: number, x: number) => {
    const text = format(tick);
    const width = measure(text, { size: fonts.tick });
    const anchor: Anchor = x - width / 2 < plot.x ? 'start' : x + width / 2 > plot.x + plot.width ? 'end' : 'middle';
    return { text, spec: { x, y: baseline, size: fonts.tick, anchor } };
  };
  // The most ticks (up to `count`) whose labels stand apart.
  const apart = (ticks: readonly number[]) =>
    ticks
      .map((tick) => {
        const { text, spec } = label(tick, scale(tick));
        return textBox(text, spec);
      })
      .every((box, index, boxes) => index === 0 || boxes[index - 1]!.right + 8 <= box.left);
  const tickSets = [count, count - 1, count - 2, 2, 1].filter((n) => n > 0).map((n) => scale.ticks(n));
  const chosen = tickSets.find(apart) ?? tickSets.at(-1)!;
  return chosen.flatMap((tick): Mark[] => {
    const x = roundToTenth(scale(tick));
    const { text, spec } = label(tick, x);
    const grid: Mark[] =
      tick === 0 ? [] : [{ key: `bar-${tick}-grid`, tag: 'line', attrs: { x1: x, x2: x, y1: plot.y, y2: bottom, class: 'axis-grid' } }];
    return [...grid, textMark(`bar-${tick}-label`, text, { ...spec, className: 'axis-label' })];
  });
}
