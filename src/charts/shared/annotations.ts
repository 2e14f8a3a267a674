// Multi-line text annotations as scene marks, laid out with measured widths. Pure.

import type { FontSizes, Weight } from './text';
import { baselineOffset, measure, textMark, type Anchor, type Box } from './text';
import type { Mark } from './scene';
import { circleMark, rectMark, roundToTenth } from './scene';
import { stackLabels } from './stackLabels';

export interface LabelLine {
  text: string;
  className: string;
  size: number;
  weight: Weight;
}

/** Line builders for a chart's type scale: `small` labels, `strong` ones, `big` values. */
export function lineStyles(fonts: FontSizes) {
  return {
    small: (text: string, className = 'label'): LabelLine => ({ text, className, size: fonts.label, weight: 400 }),
    strong: (text: string, className = 'label'): LabelLine => ({ text, className, size: fonts.label, weight: 700 }),
    big: (text: string, className = 'label-value'): LabelLine => ({ text, className, size: fonts.value, weight: 700 }),
  };
}
export type LineStyles = ReturnType<typeof lineStyles>;

/** The vertical space one line takes in a block. */
export const lineStep = (line: Pick<LabelLine, 'size'>) => Math.ceil(line.size * 1.3);

export function blockHeight(lines: readonly LabelLine[]): number {
  return lines.reduce((sum, line) => sum + lineStep(line), 0);
}

/** Widths of blocks already measured: placement asks for the same block's width many times. */
const widths = new WeakMap<readonly LabelLine[], number>();

export function blockWidth(lines: readonly LabelLine[]): number {
  let width = widths.get(lines);
  if (width === undefined) {
    width = Math.max(0, ...lines.map((line) => measure(line.text, line)));
    widths.set(lines, width);
  }
  return width;
}

/** The box of a block whose top edge is at `top`, anchored at `x`. */
export function blockBox(lines: readonly LabelLine[], { x, top, anchor }: { x: number; top: number; anchor: Anchor }): Box {
  const width = blockWidth(lines);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { left, top, right: left + width, bottom: top + blockHeight(lines) };
}

/** Text marks for a block of lines whose top edge is at `top`. Keys are `<key>-<line index>`. */
export function labelBlock(
  key: string,
  lines: readonly LabelLine[],
  { x, top, anchor }: { x: number; top: number; anchor: Anchor },
): Mark[] {
  let y = top;
  return lines.map((line, index) => {
    const step = lineStep(line);
    // The baseline sits so the line's box is centred in its step.
    const baseline = y + (step - line.size * 1.21) / 2 + baselineOffset(line.size);
    y += step;
    return textMark(`${key}-${index}`, line.text, {
      x,
      y: baseline,
      size: line.size,
      weight: line.weight,
      anchor,
      className: line.className,
    });
  });
}

/** Where to anchor a block centred on `x` so it stays inside [min, max]: shifts to start or end at an edge. */
export function fitInside(
  lines: readonly LabelLine[],
  { x, min, max }: { x: number; min: number; max: number },
): { x: number; anchor: Anchor } {
  const half = blockWidth(lines) / 2;
  if (x - half < min) return { x: min, anchor: 'start' };
  if (x + half > max) return { x: max, anchor: 'end' };
  return { x, anchor: 'middle' };
}

/** A leader from a label's edge across to a point's x, then down (or up) to just short of the point. */
function elbowLeader(key: string, { from, to }: { from: { x: number; y: number }; to: { x: number; y: number } }): Mark {
  const towards = to.y > from.y ? -6 : 6;
  return {
    key,
    tag: 'path',
    attrs: { d: `M${roundToTenth(from.x)},${roundToTenth(from.y)}H${roundToTenth(to.x)}V${roundToTenth(to.y + towards)}`, class: 'leader' },
  };
}

/** A straight leader between two points. */
export function leader(key: string, { from, to }: { from: { x: number; y: number }; to: { x: number; y: number } }): Mark {
  return {
    key,
    tag: 'line',
    attrs: { x1: roundToTenth(from.x), y1: roundToTenth(from.y), x2: roundToTenth(to.x), y2: roundToTenth(to.y), class: 'leader' },
  };
}

/**
 * Breaks `text` into lines no wider than `maxWidth`, keeping words whole. Only ordinary spaces
 * break a line: no-break spaces (French 16,97 %, 5,6 millions) hold.
 */
export function wrapText(text: string, { maxWidth, size, weight = 400 }: { maxWidth: number; size: number; weight?: Weight }): string[] {
  const lines: string[] = [];
  let current = '';
  // A day number stays with its month and a year with its date ("6 janv. 2025" breaks as a whole).
  const glued = (previous: string, word: string) => /^\d{1,2}$/.test(previous.split(' ').at(-1) ?? '') || /^\d{4}\b/.test(word);
  let last = '';
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && glued(last, word) && measure(candidate, { size, weight }) > maxWidth) {
      // Move the glued group to the next line when the line holds more than the group.
      const words = current.split(' ');
      let cut = words.length - 1;
      while (cut > 0 && glued(words[cut - 1]!, words[cut]!)) cut -= 1;
      const group = `${words.slice(cut).join(' ')} ${word}`;
      if (cut > 0 && measure(group, { size, weight }) <= maxWidth) {
        lines.push(words.slice(0, cut).join(' '));
        current = group;
      } else {
        lines.push(current);
        current = word;
      }
    } else if (current && measure(candidate, { size, weight }) > maxWidth) {
      lines.push(current);
      current = word;
    } else current = candidate;
    last = word;
  }
  if (current) lines.push(current);
  return lines;
}

/** Lines of one style wrapped to a width. */
export function wrapped(text: string, make: (text: string) => LabelLine, maxWidth: number): LabelLine[] {
  const sample = make('');
  return wrapText(text, { maxWidth, size: sample.size, weight: sample.weight }).map((line) => make(line));
}

/**
 * A leader from a label's box to its point, from the side facing the point: an elbow from the left or
 * right edge, a straight line from the top or bottom edge. None when the label already touches the
 * point's neighbourhood (within `near` px).
 */
export function leaderFor(key: string, box: Box, point: { x: number; y: number }, near = 10): Mark[] {
  const middle = (box.top + box.bottom) / 2;
  const dx = point.x < box.left ? box.left - point.x : point.x > box.right ? point.x - box.right : 0;
  const dy = point.y < box.top ? box.top - point.y : point.y > box.bottom ? point.y - box.bottom : 0;
  if (Math.hypot(dx, dy) <= near) return [];
  if (point.x < box.left - 4) return [elbowLeader(key, { from: { x: box.left - 4, y: middle }, to: point })];
  if (point.x > box.right + 4) return [elbowLeader(key, { from: { x: box.right + 4, y: middle }, to: point })];
  const fromY = point.y < box.top ? box.top - 2 : box.bottom + 2;
  const towards = point.y < fromY ? 6 : -6;
  return [leader(key, { from: { x: point.x, y: fromY }, to: { x: point.x, y: point.y + towards } })];
}

/**
 * One entry of a colour key: a swatch drawn with the marks' own class, so it has their colour in every
 * theme (a key that names a colour is wrong in one of them), and its words beside it, wrapped.
 */
export function swatchKey(
  key: string,
  text: string,
  { shape, className, make }: { shape: 'bar' | 'dot'; className: string; make: (text: string) => LabelLine },
  { x, top, width }: { x: number; top: number; width: number },
): { marks: Mark[]; height: number } {
  const indent = 20;
  const lines = wrapped(text, make, width - indent);
  const middle = top + lineStep(lines[0]!) / 2;
  const swatch =
    shape === 'bar' ? rectMark(`${key}-swatch`, x, middle - 4, 14, 8, className) : circleMark(`${key}-swatch`, x + 7, middle, 4, className);
  return { marks: [swatch, ...labelBlock(key, lines, { x: x + indent, top, anchor: 'start' })], height: blockHeight(lines) };
}

/**
 * Blocks of lines written from `x`, each centred on the height of its value (`at`, through `y`) and
 * moved apart where they would overlap, within [min, max] (stackLabels): the labels beside a line's
 * last point.
 */
export function stackedBlocks(
  blocks: readonly { key: string; lines: readonly LabelLine[]; at: number }[],
  { x, y, min, max }: { x: number; y: (value: number) => number; min: number; max: number },
): Mark[] {
  const tops = stackLabels(
    blocks.map((block) => ({ key: block.key, top: y(block.at) - blockHeight(block.lines) / 2, height: blockHeight(block.lines) })),
    { gap: 4, min, max },
  );
  return blocks.flatMap((block) => labelBlock(block.key, block.lines, { x, top: tops.get(block.key)!, anchor: 'start' }));
}
