// Gridlines stop short of the labels they would run through. A label's halo (chart.css) hides a line
// only where its glyphs are; in large type the line shows in their counters (the "5" of "$593B" at
// 2560 px). Every chart's scene goes through it (defineChart), at build and in the browser alike.

import { roundToTenth, type Mark, type Scene } from './scene';
import { textMarkBox, type Box } from './text';

/** Paper left between a label and a line stopped by it, in px: the label's halo and a pixel more. */
const gap = 3;

/** Pieces shorter than this (px) are dropped: a stub between two labels reads as a notch, not a line. */
const shortest = 12;

/** A line of the value axis: `axis-grid` across the plot, `axis-baseline` at zero. */
export const isAxisLine = (mark: Mark, className: 'axis-grid' | 'axis-baseline') =>
  mark.tag === 'line' &&
  String(mark.attrs.class ?? '')
    .split(' ')
    .includes(className);

/** A gridline across the plot (not the baseline at zero, which is never cut: labels keep clear of it). */
export const isGridline = (mark: Mark) => isAxisLine(mark, 'axis-grid');

type Span = readonly [start: number, end: number];

/** What is left of a span once the blocked spans are taken out, short pieces dropped. */
function remaining(span: Span, blocked: readonly Span[]): Span[] {
  let pieces: Span[] = [span];
  for (const [start, end] of blocked)
    pieces = pieces.flatMap(([a, b]): Span[] => {
      if (end <= a || start >= b) return [[a, b]];
      const around: Span[] = [
        [a, start],
        [end, b],
      ];
      return around.filter(([c, d]) => d - c >= shortest);
    });
  return pieces;
}

/**
 * A horizontal or vertical gridline in the pieces that clear every label (the first keeps its key), or
 * none when labels would hide most of it.
 */
function clearOf(mark: Mark, boxes: readonly Box[]): Mark[] {
  const [x1, y1, x2, y2] = (['x1', 'y1', 'x2', 'y2'] as const).map((name) => Number(mark.attrs[name]));
  const vertical = x1 === x2;
  if (!vertical && y1 !== y2) return [mark];
  // Across the line: where it stands; along it: the span it covers.
  const at = vertical ? x1! : y1!;
  const [from, to] = vertical ? [Math.min(y1!, y2!), Math.max(y1!, y2!)] : [Math.min(x1!, x2!), Math.max(x1!, x2!)];
  const blocked = boxes
    .filter((box) => (vertical ? box.left - gap < at && at < box.right + gap : box.top - gap < at && at < box.bottom + gap))
    .map((box): Span => (vertical ? [box.top - gap, box.bottom + gap] : [box.left - gap, box.right + gap]));
  const pieces = remaining([from, to], blocked);
  if (pieces.length === 1 && pieces[0]![0] === from && pieces[0]![1] === to) return [mark];
  // A line the labels hide for the most part is not drawn: its remnants would look broken.
  if (pieces.reduce((sum, [start, end]) => sum + end - start, 0) < (to - from) / 3) return [];
  return pieces.map(([start, end], index) => ({
    ...mark,
    key: index === 0 ? mark.key : `${mark.key}~${index}`,
    attrs: vertical
      ? { ...mark.attrs, y1: roundToTenth(start), y2: roundToTenth(end) }
      : { ...mark.attrs, x1: roundToTenth(start), x2: roundToTenth(end) },
  }));
}

/** The scene with its gridlines cleared of every label. */
export function gridGaps(scene: Scene): Scene {
  if (!scene.layers.some((layer) => layer.marks.some(isGridline))) return scene;
  const boxes = scene.layers.flatMap((layer) =>
    layer.marks.flatMap((mark) => ((mark.text ?? '').trim() === '' ? [] : (textMarkBox(mark) ?? []))),
  );
  return {
    ...scene,
    layers: scene.layers.map((layer) =>
      layer.marks.some(isGridline)
        ? { ...layer, marks: layer.marks.flatMap((mark) => (isGridline(mark) ? clearOf(mark, boxes) : [mark])) }
        : layer,
    ),
  };
}
