// A dated series as an area and a line, drawn whole and revealed by the scene's clip up to a given
// day, so the path keeps its shape (and can morph) when the zoom or the reveal changes. Pure. The
// path data is written here (straight segments, one decimal) rather than with d3-shape, which would
// add more to the page's JavaScript than the charts themselves.

import type { LinearScale } from './linearScale';
import type { TimeScale } from './timeScale';
import type { PlotArea } from './axes';
import { roundToTenth, type Inspectable, type Layer, type Scene } from './scene';
import type { Box } from './text';

export type SeriesPoint = readonly [isoDate: string, value: number];

/** Parsed days, kept: a render reads every day of a series several times. Never mutate the result. */
const parsedDays = new Map<string, Date>();

export const utcDate = (iso: string): Date => {
  let date = parsedDays.get(iso);
  if (!date) {
    date = new Date(`${iso}T00:00:00Z`);
    parsedDays.set(iso, date);
  }
  return date;
};

/** The series' last point on or before `date`, if any. */
export const lastOnOrBefore = (series: readonly SeriesPoint[], date: string): SeriesPoint | undefined =>
  series.findLast((point) => point[0] <= date);

export function seriesLayers({
  series,
  x,
  y,
  plot,
  revealTo,
  baseline = 0,
  name,
}: {
  series: readonly SeriesPoint[];
  x: TimeScale;
  y: LinearScale;
  plot: PlotArea;
  /** Last day shown; the line is clipped just past its point there (the marker on top hides the cut). */
  revealTo: string;
  /** Value the area fills down to. */
  baseline?: number;
  /** Tells one series from others in the same chart: suffixes layer ids and keys, adds `mark-line--<name>`. */
  name?: string;
}): { area: Layer; line: Layer; clip: NonNullable<Scene['clip']> } {
  const points = series.map((point) => `${roundToTenth(x(utcDate(point[0])))},${roundToTenth(y(point[1]))}`);
  const linePath = points.length > 0 ? `M${points.join('L')}` : '';
  // The area runs along the series, then back along the baseline, like d3-shape's area() with a linear curve.
  const base = roundToTenth(y(baseline));
  const first = series[0];
  const last = series.at(-1);
  const areaPath =
    first && last ? `${linePath}L${roundToTenth(x(utcDate(last[0])))},${base}L${roundToTenth(x(utcDate(first[0])))},${base}Z` : '';
  const suffix = name ? `-${name}` : '';
  const lineClass = name ? `mark-line mark-line--${name}` : 'mark-line';
  return {
    area: { id: `area${suffix}`, clip: true, marks: [{ key: `area${suffix}`, tag: 'path', attrs: { d: areaPath, class: 'mark-area' } }] },
    line: { id: `series${suffix}`, clip: true, marks: [{ key: `line${suffix}`, tag: 'path', attrs: { d: linePath, class: lineClass } }] },
    // A pixel short of the day: the stroke of a steep next segment starts up to a pixel left of its
    // first point, so clipping any later would show a sliver of it. The end marker covers the gap.
    clip: {
      x: plot.x,
      y: plot.y - 8,
      width: roundToTenth(Math.max(0, x(utcDate(revealTo)) - plot.x - 1)),
      height: Math.max(0, plot.height + 8),
    },
  };
}

/**
 * Boxes along the drawn part of a series (one per stretch of `step` px), for label placement to keep
 * clear of the line.
 */
export function seriesBoxes({
  series,
  x,
  y,
  from,
  to,
  step = 6,
  pad = 2,
}: {
  series: readonly SeriesPoint[];
  x: TimeScale;
  y: LinearScale;
  from: string;
  to: string;
  step?: number;
  pad?: number;
}): Box[] {
  const boxes: Box[] = [];
  let current: Box | undefined;
  for (const [date, value] of series) {
    if (date < from || date > to) continue;
    const px0 = x(utcDate(date));
    const py = y(value);
    if (current && px0 - current.left <= step) {
      current.right = Math.max(current.right, px0 + pad);
      current.top = Math.min(current.top, py - pad);
      current.bottom = Math.max(current.bottom, py + pad);
    } else {
      // The segment joining the previous stretch to this point belongs to the previous box.
      if (current) {
        current.right = Math.max(current.right, px0);
        current.top = Math.min(current.top, py - pad);
        current.bottom = Math.max(current.bottom, py + pad);
      }
      current = { left: px0 - pad, right: px0 + pad, top: py - pad, bottom: py + pad };
      boxes.push(current);
    }
  }
  return boxes;
}

/** One inspectable point per day of a series between `from` and `to` (inclusive), read lazily. */
export function seriesInspect({
  series,
  x,
  y,
  from,
  to,
  plot,
  read,
}: {
  series: readonly SeriesPoint[];
  x: TimeScale;
  y: LinearScale;
  from: string;
  to: string;
  plot: PlotArea;
  read: (point: SeriesPoint) => string;
}): Inspectable[] {
  return series
    .filter((point) => point[0] >= from && point[0] <= to)
    .map((point) => ({
      x: roundToTenth(x(utcDate(point[0]))),
      y: roundToTenth(y(point[1])),
      snap: 'x' as const,
      guide: [plot.y, plot.y + plot.height] as const,
      value: point[1],
      read: () => read(point),
    }));
}
