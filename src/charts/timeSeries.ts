// A dated series as an area and a line, drawn whole and revealed by the scene's clip up to a given
// day, so the path keeps its shape (and can morph) when the zoom or the reveal changes. Pure. The
// path data is written here (straight segments, one decimal) rather than with d3-shape, which would
// add more to the page's JavaScript than the charts themselves.

import type { ScaleLinear } from 'd3-scale';
import type { TimeScale } from './timeScale';
import type { PlotArea } from './axes';
import { px, type Layer, type Scene } from './scene';

export type SeriesPoint = readonly [isoDate: string, value: number];

export const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

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
  y: ScaleLinear<number, number>;
  plot: PlotArea;
  /** Last day shown; the line is clipped just past its point there (the marker on top hides the cut). */
  revealTo: string;
  /** Value the area fills down to. */
  baseline?: number;
  /** Tells one series from others in the same chart: suffixes layer ids and keys, adds `mark-line--<name>`. */
  name?: string;
}): { area: Layer; line: Layer; clip: NonNullable<Scene['clip']> } {
  const points = series.map((point) => `${px(x(utcDate(point[0])))},${px(y(point[1]))}`);
  const linePath = points.length > 0 ? `M${points.join('L')}` : '';
  // The area runs along the series, then back along the baseline, like d3-shape's area() with a linear curve.
  const base = px(y(baseline));
  const first = series[0];
  const last = series.at(-1);
  const areaPath = first && last ? `${linePath}L${px(x(utcDate(last[0])))},${base}L${px(x(utcDate(first[0])))},${base}Z` : '';
  const suffix = name ? `-${name}` : '';
  const lineClass = name ? `mark-line mark-line--${name}` : 'mark-line';
  return {
    area: { id: `area${suffix}`, clip: true, marks: [{ key: `area${suffix}`, tag: 'path', attrs: { d: areaPath, class: 'mark-area' } }] },
    line: { id: `series${suffix}`, clip: true, marks: [{ key: `line${suffix}`, tag: 'path', attrs: { d: linePath, class: lineClass } }] },
    // A pixel short of the day: the stroke of a steep next segment starts up to a pixel left of its
    // first point, so clipping any later would show a sliver of it. The end marker covers the gap.
    clip: { x: plot.x, y: plot.y - 8, width: px(Math.max(0, x(utcDate(revealTo)) - plot.x - 1)), height: Math.max(0, plot.height + 8) },
  };
}
