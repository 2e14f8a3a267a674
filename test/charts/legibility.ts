// Label geometry computed from a scene, as the browser will lay it out (the same measured font widths
// and line boxes the charts use): the fast, browser-free counterpart of e2e/layout.spec.ts.
import { isAxisLine, isGridline } from '../../src/charts/shared/gridGaps';
import type { Mark, Scene } from '../../src/charts/shared/scene';
import { overlaps, textMarkBox, type Box } from '../../src/charts/shared/text';

interface LabelGeometry {
  key: string;
  text: string;
  box: Box;
  size: number;
}

function labelsOf(scene: Scene): LabelGeometry[] {
  return scene.layers.flatMap((layer) =>
    layer.marks
      .filter((mark) => mark.tag === 'text' && (mark.text ?? '').trim() !== '')
      .map((mark) => ({ key: mark.key, text: mark.text!, box: textMarkBox(mark)!, size: Number(mark.attrs['font-size']) })),
  );
}

interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const segmentsOf = (scene: Scene, which: (mark: Mark) => boolean): Segment[] =>
  scene.layers.flatMap((layer) =>
    layer.marks
      .filter(which)
      .map(({ attrs }) => ({ x1: Number(attrs.x1), y1: Number(attrs.y1), x2: Number(attrs.x2), y2: Number(attrs.y2) })),
  );

/** Whether a vertical or horizontal segment passes through a box (more than a pixel inside it). */
function crosses(line: Segment, box: Box): boolean {
  if (line.x1 === line.x2)
    return (
      line.x1 > box.left + 1 &&
      line.x1 < box.right - 1 &&
      Math.max(line.y1, line.y2) > box.top + 1 &&
      Math.min(line.y1, line.y2) < box.bottom - 1
    );
  if (line.y1 === line.y2)
    return (
      line.y1 > box.top + 1 &&
      line.y1 < box.bottom - 1 &&
      Math.max(line.x1, line.x2) > box.left + 1 &&
      Math.min(line.x1, line.x2) < box.right - 1
    );
  return false;
}

/**
 * Points along a drawn line: a data line (M … L …, each segment sampled) or a route (M, then a
 * quadratic Q curve, then its arrowhead's M/L points).
 */
function pathPoints(d: string): { x: number; y: number }[] {
  const points: { x: number; y: number }[] = [];
  let at: { x: number; y: number } | undefined;
  for (const [, command, args] of d.matchAll(/([MLQ])([^MLQZ]*)/gi)) {
    const n = (args!.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    if (command === 'Q' && at && n.length >= 4) {
      for (let t = 0; t <= 1.0001; t += 0.02)
        points.push({
          x: (1 - t) ** 2 * at.x + 2 * (1 - t) * t * n[0]! + t ** 2 * n[2]!,
          y: (1 - t) ** 2 * at.y + 2 * (1 - t) * t * n[1]! + t ** 2 * n[3]!,
        });
      at = { x: n[2]!, y: n[3]! };
      continue;
    }
    for (let i = 0; i + 1 < n.length; i += 2) {
      const next = { x: n[i]!, y: n[i + 1]! };
      if (command === 'L' && at)
        for (let t = 0.1; t <= 1.0001; t += 0.1) points.push({ x: at.x + (next.x - at.x) * t, y: at.y + (next.y - at.y) * t });
      else points.push(next);
      at = next;
    }
  }
  return points;
}

/** Lines a label must not lie across: the map's routes and the data lines (as far as their clip shows them). */
const isDrawnLine = (mark: Mark) => mark.tag === 'path' && /\b(map-route|mark-line)\b/.test(String(mark.attrs.class ?? ''));

/** Overlapping pairs, labels outside the frame, and text below `minimum` px, described for a reader. */
export function legibilityProblems(scene: Scene, { minimum }: { minimum: number }): string[] {
  const labels = labelsOf(scene);
  const problems: string[] = [];
  const frame = { left: 0, top: 0, right: scene.width, bottom: scene.height };
  for (const label of labels) {
    if (!(label.size >= minimum)) problems.push(`"${label.text}" is ${label.size} px`);
    const { box } = label;
    if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5)
      problems.push(`"${label.text}" is cut by the frame`);
  }
  for (let i = 0; i < labels.length; i += 1)
    for (let j = i + 1; j < labels.length; j += 1)
      if (overlaps(labels[i]!.box, labels[j]!.box, -1)) problems.push(`"${labels[i]!.text}" overlaps "${labels[j]!.text}"`);
  // A gridline is struck through a label: the label's halo hides it only where the glyphs are,
  // and large type shows it in their counters (the "5" of "$593B").
  for (const grid of segmentsOf(scene, isGridline))
    for (const label of labels) if (crosses(grid, label.box)) problems.push(`a gridline runs through "${label.text}"`);
  // A route through a label's words (the route through "Tokyo" on a phone), unless the label sits on
  // a plate of paper drawn after the route, which the route then passes under.
  const layerIndex = (key: string) => scene.layers.findIndex((layer) => layer.marks.some((mark) => mark.key === key));
  scene.layers.forEach((layer, routeLayer) => {
    // A data line is drawn whole and revealed by the scene's clip: only what the clip shows counts.
    const clip = layer.clip ? scene.clip : undefined;
    const shown = (point: { x: number; y: number }) =>
      !clip || (point.x >= clip.x && point.x <= clip.x + clip.width && point.y >= clip.y && point.y <= clip.y + clip.height);
    for (const mark of layer.marks.filter(isDrawnLine)) {
      const points = pathPoints(String(mark.attrs.d)).filter(shown);
      for (const label of labels) {
        const { left, right, top, bottom } = label.box;
        if (!points.some((point) => point.x > left + 1 && point.x < right - 1 && point.y > top + 1 && point.y < bottom - 1)) continue;
        const plate = `${label.key.replace(/-\d+$/, '')}-plate`;
        if (layerIndex(plate) > routeLayer) continue;
        problems.push(`the line ${mark.key} runs through "${label.text}"`);
      }
    }
  });
  // An axis baseline is not cut for labels: a label keeps 2 px of paper from it, or its halo and
  // descenders eat into the line (the hero's "−18,17 %" on the zero line at 390 px).
  for (const baseline of segmentsOf(scene, (mark) => isAxisLine(mark, 'axis-baseline')))
    for (const label of labels) {
      const { left, right, top, bottom } = label.box;
      if (crosses(baseline, { left: left - 2, right: right + 2, top: top - 2, bottom: bottom + 2 }))
        problems.push(`"${label.text}" sits on an axis baseline`);
    }
  return problems;
}

/**
 * Chart frames measured in the page at the layout test's screen sizes (the opening timeline's, whose
 * two-line caption leaves the least height), with the type scale each uses.
 */
export const measuredFrames = [
  { screen: '320×568', width: 296, height: 220, typeScale: 'small' },
  { screen: '360×740', width: 336, height: 317, typeScale: 'small' },
  { screen: '375×667', width: 351, height: 276, typeScale: 'small' },
  { screen: '390×844', width: 366, height: 375, typeScale: 'small' },
  { screen: '844×390', width: 472, height: 309, typeScale: 'small' },
  { screen: '768×1024', width: 744, height: 492, typeScale: 'small' },
  { screen: '1024×768', width: 520, height: 589, typeScale: 'large' },
  { screen: '1440×900', width: 880, height: 737, typeScale: 'large' },
  { screen: '2560×1440', width: 880, height: 1277, typeScale: 'large' },
] as const;
