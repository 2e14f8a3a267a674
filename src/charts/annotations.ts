// Multi-line text annotations as scene marks, with size estimates for layout. Pure.

import { chartType, textWidth } from '../design/tokens';
import { px, type Mark } from './scene';

export interface LabelLine {
  text: string;
  className: string;
  size: number;
}

export const lineHeight = { label: chartType.label + 4, value: chartType.value + 4 } as const;

/** A line in the label size (class `label` unless given). */
export const small = (text: string, className = 'label'): LabelLine => ({ text, className, size: chartType.label });
/** A line in the value size, bold (class `label-value` unless given). */
export const big = (text: string, className = 'label-value'): LabelLine => ({ text, className, size: chartType.value });

/** Text marks for a block of lines whose top edge is at `top`. Keys are `<key>-<line index>`. */
export function labelBlock(
  key: string,
  lines: readonly LabelLine[],
  { x, top, anchor }: { x: number; top: number; anchor: 'start' | 'middle' | 'end' },
): Mark[] {
  let y = top;
  return lines.map((entry, index) => {
    y += entry.size + 4;
    return {
      key: `${key}-${index}`,
      tag: 'text',
      attrs: { x: px(x), y: px(y - 4), 'text-anchor': anchor, class: entry.className },
      text: entry.text,
    };
  });
}

export function blockHeight(lines: readonly LabelLine[]): number {
  return lines.reduce((sum, entry) => sum + entry.size + 4, 0);
}

export function blockWidth(lines: readonly LabelLine[]): number {
  return Math.max(0, ...lines.map((entry) => textWidth(entry.text, entry.size)));
}

/** Where to anchor a block centred on `x` so it stays inside [min, max]: shifts to start or end at an edge. */
export function fitInside(
  lines: readonly LabelLine[],
  { x, min, max }: { x: number; min: number; max: number },
): { x: number; anchor: 'start' | 'middle' | 'end' } {
  const half = blockWidth(lines) / 2;
  if (x - half < min) return { x: min, anchor: 'start' };
  if (x + half > max) return { x: max, anchor: 'end' };
  return { x, anchor: 'middle' };
}

/** A leader from a label's left edge across to a point's x, then down (or up) to the point. */
export function elbowLeader(key: string, { from, to }: { from: { x: number; y: number }; to: { x: number; y: number } }): Mark {
  const towards = to.y > from.y ? -6 : 6;
  return { key, tag: 'path', attrs: { d: `M${px(from.x)},${px(from.y)}H${px(to.x)}V${px(to.y + towards)}`, class: 'leader' } };
}

/** Breaks `text` into lines no wider than `maxWidth` (estimated), keeping words whole. */
export function wrapText(text: string, { maxWidth, size }: { maxWidth: number; size: number }): string[] {
  const lines: string[] = [];
  let current = '';
  // Only ordinary spaces break a line: no-break spaces (French 16,97 %, 5,6 millions) hold.
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && textWidth(candidate, size) > maxWidth) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}
