// The selloff's route on the map, as curved arrows between regions, and boxes along them for labels
// to keep clear of. Pure.

import { roundToTenth, type Mark } from '../shared/scene';
import type { Box } from '../shared/text';
import type { ContagionMapInput, SessionView } from './types';

/**
 * The selloff's route as curved arrows between the regions, one per session after the first, each
 * drawn once its session has closed; the way from New York back to Tokyo leaves the map westward and
 * comes back in from the east.
 */
export function routeMarks(
  input: ContagionMapInput,
  {
    shown,
    active,
    point,
    box,
  }: { shown: readonly SessionView[]; active: SessionView; point: (name: string) => { x: number; y: number }; box: Box },
): Mark[] {
  const centre = (session: SessionView) => sessionCentre(session, point);
  const marks: Mark[] = [];
  for (let index = 1; index < input.sessions.length; index += 1) {
    const session = input.sessions[index]!;
    if (!shown.includes(session)) continue;
    const from = centre(input.sessions[index - 1]!);
    const to = centre(session);
    const className = `map-route ${session === active ? 'is-active' : 'is-past'}`;
    // Westward, as the sun goes: a destination east of the origin is reached across the map's edge.
    const segments =
      to.x > from.x + 5
        ? [
            { from, to: { x: box.left, y: from.y - 10 }, arrow: false },
            { from: { x: box.right, y: to.y - 10 }, to, arrow: true },
          ]
        : [{ from, to, arrow: true }];
    segments.forEach((segment, part) => {
      const lift = Math.max(12, Math.abs(segment.to.x - segment.from.x) * 0.18);
      const control = { x: (segment.from.x + segment.to.x) / 2, y: Math.min(segment.from.y, segment.to.y) - lift };
      // Stop short of the destination city, so the head does not sit on its markers.
      const end = along(segment.to, control, segment.arrow ? 10 : 0);
      let d = `M${roundToTenth(segment.from.x)},${roundToTenth(segment.from.y)}Q${roundToTenth(control.x)},${roundToTenth(control.y)} ${roundToTenth(end.x)},${roundToTenth(end.y)}`;
      if (segment.arrow) {
        const angle = Math.atan2(end.y - control.y, end.x - control.x);
        const head = (turn: number) => ({ x: end.x - 6 * Math.cos(angle + turn), y: end.y - 6 * Math.sin(angle + turn) });
        const [a, b] = [head(0.5), head(-0.5)];
        d += `M${roundToTenth(a.x)},${roundToTenth(a.y)}L${roundToTenth(end.x)},${roundToTenth(end.y)}L${roundToTenth(b.x)},${roundToTenth(b.y)}`;
      }
      marks.push({ key: `route-${session.id}-${part}`, tag: 'path', attrs: { d, class: className } });
    });
  }
  return marks;
}

/** The middle of a session's cities on the map. */
export function sessionCentre(session: SessionView, point: (name: string) => { x: number; y: number }) {
  const points = session.cities.map(point);
  return {
    x: points.reduce((sum, entry) => sum + entry.x, 0) / points.length,
    y: points.reduce((sum, entry) => sum + entry.y, 0) / points.length,
  };
}

/** The point `distance` px from `to` towards `towards`. */
function along(to: { x: number; y: number }, towards: { x: number; y: number }, distance: number) {
  const length = Math.hypot(towards.x - to.x, towards.y - to.y) || 1;
  return { x: to.x + ((towards.x - to.x) / length) * distance, y: to.y + ((towards.y - to.y) / length) * distance };
}

/** Small boxes along a route's path data (its M, Q and L points and the curve between), as obstacles for labels. */
export function pathBoxes(d: string): Box[] {
  const numbers = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  const boxes: Box[] = [];
  // M x0,y0 Q cx,cy x1,y1 [M a L b L c]: sample the curve, then the arrowhead's points.
  const [x0, y0, cx, cy, x1, y1, ...rest] = numbers;
  if (x0 === undefined || y1 === undefined || cx === undefined || cy === undefined || x1 === undefined || y0 === undefined) return boxes;
  // Dense enough that no gap between two boxes lets a label through (a route can cross the map).
  for (let t = 0; t <= 1.0001; t += 0.01) {
    const x = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t ** 2 * x1;
    const y = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t ** 2 * y1;
    boxes.push({ left: x - 2, top: y - 2, right: x + 2, bottom: y + 2 });
  }
  for (let index = 0; index + 1 < rest.length; index += 2)
    boxes.push({ left: rest[index]! - 2, top: rest[index + 1]! - 2, right: rest[index]! + 2, bottom: rest[index + 1]! + 2 });
  return boxes;
}
