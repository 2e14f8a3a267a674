// Greedy label placement: each label tries its candidate positions in order and takes the first
// that stays inside the bounds and clear of every label placed before it and of the obstacles (axis
// labels, headings). Labels are placed by priority, so when space runs out the least important is
// dropped, never the subject of the step. Pure, deterministic.

import { blockBox, labelBlock, leaderFor, type LabelLine } from './annotations';
import type { Mark } from './scene';
import { inside, overlaps, type Anchor, type Box } from './text';

export interface Placement {
  x: number;
  top: number;
  anchor: Anchor;
  /** Space the label's leader will take: it must be free too, and is kept free after. */
  reserve?: Box;
}

export interface LabelRequest {
  key: string;
  lines: readonly LabelLine[];
  /** Positions to try, best first. */
  candidates: readonly Placement[];
  /** Higher is placed first; ties keep input order. */
  priority: number;
  /** Shorter wordings to try, with their positions, when no position fits the label. */
  fallbacks?: readonly { lines: readonly LabelLine[]; candidates: readonly Placement[] }[];
}

/** Where a label was placed, the box it takes there and the wording that fitted. */
export type PlacedLabel = Placement & { box: Box; lines: readonly LabelLine[] };

export function placeLabels(
  requests: readonly LabelRequest[],
  {
    bounds,
    obstacles = [],
    avoid = [],
    gap = 3,
  }: {
    bounds: Box;
    obstacles?: readonly Box[];
    /** Marks a label should rather not cover (lines it can sit on with its halo): tried clear of them first. */
    avoid?: readonly Box[];
    gap?: number;
  },
): Map<string, PlacedLabel> {
  const placed = new Map<string, PlacedLabel>();
  const taken: Box[] = [...obstacles];
  const order = requests
    .map((request, index) => ({ request, index }))
    .sort((a, b) => b.request.priority - a.request.priority || a.index - b.index);
  for (const { request } of order) {
    search: for (const strict of avoid.length > 0 ? [true, false] : [false]) {
      for (const variant of [{ lines: request.lines, candidates: request.candidates }, ...(request.fallbacks ?? [])]) {
        for (const candidate of variant.candidates) {
          const box = blockBox(variant.lines, candidate);
          if (!inside(box, bounds) || taken.some((other) => overlaps(box, other, gap))) continue;
          if (candidate.reserve && taken.some((other) => overlaps(candidate.reserve!, other))) continue;
          if (strict && avoid.some((other) => overlaps(box, other))) continue;
          placed.set(request.key, { ...candidate, box, lines: variant.lines });
          taken.push(box);
          if (candidate.reserve) taken.push(candidate.reserve);
          break search;
        }
      }
    }
  }
  return placed;
}

/**
 * Candidate positions on a grid over `bounds`, nearest to the point (x, y) first: for a label tied to
 * its point by a leader when the space beside the point is taken.
 */
export function nearCandidates(
  lines: readonly LabelLine[],
  { x, y, bounds, step = 12, gap = 8 }: { x: number; y: number; bounds: Box; step?: number; gap?: number },
): Placement[] {
  const candidates: { placement: Placement; distance: number }[] = [];
  const { right: width, bottom: height } = blockBox(lines, { x: 0, top: 0, anchor: 'start' });
  for (let top = bounds.top; top + height <= bounds.bottom; top += step) {
    for (const anchor of ['start', 'end'] as const) {
      for (let offset = gap; offset < bounds.right - bounds.left; offset += step) {
        const labelX = anchor === 'start' ? x + offset : x - offset;
        const left = anchor === 'start' ? labelX : labelX - width;
        if (left < bounds.left || left + width > bounds.right) continue;
        const dx = offset;
        const dy = y < top ? top - y : y > top + height ? y - top - height : 0;
        candidates.push({ placement: { x: labelX, top, anchor }, distance: Math.hypot(dx, dy * 1.5) });
      }
    }
  }
  return candidates.sort((a, b) => a.distance - b.distance).map((candidate) => candidate.placement);
}

/** A placed label's lines and its leader to `point` (see leaderFor); nothing for a label left out. */
export function labelAndLeader(
  key: string,
  placement: PlacedLabel | undefined,
  leaderKey: string,
  point: { x: number; y: number },
  near?: number,
): Mark[] {
  return placement ? [...labelBlock(key, placement.lines, placement), ...leaderFor(leaderKey, placement.box, point, near)] : [];
}
