// Where the map sits in the frame (its scale and offset, cropped and panned on a narrow frame) and
// how large its markers are at that scale. Pure.

import { scaleSqrt } from '../shared/linearScale';
import type { Box } from '../shared/text';
import type { ContagionMapInput } from './types';

export interface MapFrame {
  /** Scale and offset from the reference projection to the frame. */
  k: number;
  tx: number;
  ty: number;
  /** The part of the frame the map takes. */
  box: Box;
}

/**
 * Places the map in a box `width` wide. A wide frame shows the whole reference map, as large as
 * `maxHeight` allows. A narrow one crops it to the cities and zooms in to `height` (but never so far
 * that the map is narrower than the frame): the map is then wider than the frame, and the frame
 * shows the part around `focus` (reference units), so the view travels west with the selloff.
 */
export function mapFrame(
  input: ContagionMapInput,
  {
    x,
    top,
    width,
    height,
    narrow,
    focus,
    maxZoom = Infinity,
  }: {
    x: number;
    top: number;
    width: number;
    height: number;
    narrow: boolean;
    focus: number;
    /** How far past fitting the width the map may zoom (the rest pans). */
    maxZoom?: number;
  },
): MapFrame {
  const xs = input.cities.map((city) => city.x);
  const ys = input.cities.map((city) => city.y);
  const view = narrow
    ? {
        x0: Math.max(0, Math.min(...xs) - 70),
        x1: Math.min(input.map.width, Math.max(...xs) + 50),
        y0: Math.max(0, Math.min(...ys) - 40),
        y1: Math.min(input.map.height, Math.max(...ys) + 45),
      }
    : { x0: 0, x1: input.map.width, y0: 0, y1: input.map.height };
  const fit = width / (view.x1 - view.x0);
  const k = narrow ? Math.max(fit, Math.min(fit * maxZoom, height / (view.y1 - view.y0))) : Math.min(fit, height / (view.y1 - view.y0));
  const mapWidth = (view.x1 - view.x0) * k;
  const mapHeight = (view.y1 - view.y0) * k;
  if (mapWidth <= width + 0.5) {
    const left = x + (width - mapWidth) / 2;
    return { k, tx: left - view.x0 * k, ty: top - view.y0 * k, box: { left, top, right: left + mapWidth, bottom: top + mapHeight } };
  }
  const windowLeft = Math.min(Math.max(focus * k - width / 2, view.x0 * k), view.x1 * k - width);
  return { k, tx: x - windowLeft, ty: top - view.y0 * k, box: { left: x, top, right: x + width, bottom: top + mapHeight } };
}

/** A marker's radius for a move (its size): the map's scale sets it, within what stays visible and clear of the next. */
export function markerRadius(input: ContagionMapInput, { k }: Pick<MapFrame, 'k'>) {
  const largest = Math.max(...input.sessions.flatMap((session) => session.moves.map((move) => Math.abs(move.change))));
  const maxRadius = Math.max(5, Math.min(10, 14 * k));
  const scale = scaleSqrt().domain([0, largest]).range([2.5, maxRadius]);
  return { radius: (change: number) => scale(Math.abs(change)), maxRadius };
}
