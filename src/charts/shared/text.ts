// Chart text as the browser will draw it: type sizes for the reader's screen, widths measured from
// the self-hosted Inter font (src/design/fonts/fontMetrics.json, generated from the woff2 files by
// scripts/fontMetrics.mjs) and the box a label occupies, so layout can keep labels apart and inside
// the frame. Pure; shared by the build and the browser.

import metrics from '../../design/fonts/fontMetrics.json' with { type: 'json' };
import { chartTypeScales, type ChartTypeScale } from '../../design/tokens';
import { lineMark, roundToTenth, type Mark } from './scene';

export type FontSizes = (typeof chartTypeScales)[ChartTypeScale];
export type Weight = 400 | 700;

/** Inter's ascent and descent (hhea), as shares of the font size: the box a browser gives a line. */
const ascent = 0.969;
const descent = 0.241;
/** Words are measured a little wide, for kerning and rounding in the browser's text layout. */
const safety = 1.03;

const advances: Record<Weight, Map<string, number>> = {
  400: new Map([...metrics.characters].map((character, index) => [character, metrics.weights['400'][index]!])),
  700: new Map([...metrics.characters].map((character, index) => [character, metrics.weights['700'][index]!])),
};
/** A character the table lacks is measured as a wide one, never as nothing. */
const unknownAdvance = 700;

/** The width of `text` in px at `size` and `weight`. */
export function measure(text: string, { size, weight = 400 }: { size: number; weight?: Weight }): number {
  return (advanceOf(text, weight) / 1000) * size * safety;
}

/** Summed advances per weight and text: layout measures the same labels many times per render. */
const measured: Record<Weight, Map<string, number>> = { 400: new Map(), 700: new Map() };

function advanceOf(text: string, weight: Weight): number {
  const cache = measured[weight];
  let total = cache.get(text);
  if (total === undefined) {
    const table = advances[weight];
    total = 0;
    for (const character of text) total += table.get(character) ?? unknownAdvance;
    // Bounded: a long session of resizes must not grow it without end.
    if (cache.size > 4000) cache.clear();
    cache.set(text, total);
  }
  return total;
}

/** A box in chart coordinates: left, top, right, bottom. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type Anchor = 'start' | 'middle' | 'end';

/** The box of one line of text drawn at (x, baseline y). */
export function textBox(text: string, { x, y, size, weight = 400, anchor = 'start' }: TextSpec): Box {
  const width = measure(text, { size, weight });
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { left, top: y - ascent * size, right: left + width, bottom: y + descent * size };
}

export interface TextSpec {
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  weight?: Weight;
  anchor?: Anchor;
}

/** A text mark with its size and weight written on it, so layout and drawing agree. */
export function textMark(
  key: string,
  text: string,
  { x, y, size, weight = 400, anchor = 'start', className = 'label' }: TextSpec & { className?: string },
): Mark {
  return {
    key,
    tag: 'text',
    attrs: {
      x: roundToTenth(x),
      y: roundToTenth(y),
      'text-anchor': anchor,
      'font-size': size,
      ...(weight === 700 ? { 'font-weight': 700 } : {}),
      class: className,
    },
    text,
  };
}

/** The box of a mark made by textMark (undefined for any other mark). */
export function textMarkBox(mark: Mark): Box | undefined {
  if (mark.tag !== 'text' || mark.text === undefined) return undefined;
  const { x, y, 'font-size': size, 'font-weight': weight, 'text-anchor': anchor } = mark.attrs;
  return textBox(mark.text, {
    x: Number(x),
    y: Number(y),
    size: Number(size),
    weight: Number(weight) === 700 ? 700 : 400,
    anchor: anchor === 'middle' || anchor === 'end' ? anchor : 'start',
  });
}

/**
 * A vertical line from y1 to y2 at x, in segments that stop short of every box it would cross, so
 * no label is drawn over. Keys: `key`, then `key-1`, `key-2`… in order down the line.
 */
export function lineAroundBoxes(
  key: string,
  { x, y1, y2, boxes, gap = 2, className }: { x: number; y1: number; y2: number; boxes: readonly Box[]; gap?: number; className: string },
): Mark[] {
  const cuts = boxes
    .filter((box) => box.left - gap <= x && x <= box.right + gap)
    .map((box) => [box.top - gap, box.bottom + gap] as const)
    .sort((a, b) => a[0] - b[0]);
  const segments: [number, number][] = [];
  let from = y1;
  for (const [top, bottom] of cuts) {
    if (top > from) segments.push([from, Math.min(top, y2)]);
    from = Math.max(from, bottom);
    if (from >= y2) break;
  }
  if (from < y2) segments.push([from, y2]);
  return segments
    .filter(([top, bottom]) => bottom - top >= 1)
    .map(([top, bottom], index) => lineMark(index === 0 ? key : `${key}-${index}`, x, top, x, bottom, className));
}

/** Distance from a line's top to its baseline, for a font size. */
export const baselineOffset = (size: number) => ascent * size;
/** Height of one line's box. */
export const lineBox = (size: number) => (ascent + descent) * size;

export const overlaps = (a: Box, b: Box, gap = 0) =>
  a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;

export const inside = (box: Box, bounds: Box) =>
  box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;

/** The type sizes for a chart: small on phones and tablets, large on screens 1024 px wide and more. */
export const fontSizesFor = (scale: ChartTypeScale = 'small'): FontSizes => chartTypeScales[scale];
