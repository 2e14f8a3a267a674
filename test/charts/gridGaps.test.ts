// Gridlines stop short of the labels they would run through, with a halo's width of paper and a pixel
// between; stubs are dropped, and so is a line the labels would mostly hide.
import { describe, expect, it } from 'vitest';
import { gridGaps } from '../../src/charts/shared/gridGaps';
import type { Mark, Scene } from '../../src/charts/shared/scene';
import { textMark, textMarkBox } from '../../src/charts/shared/text';

const scene = (marks: Mark[]): Scene => ({ width: 400, height: 300, title: 't', description: 'd', layers: [{ id: 'all', marks }] });
const grid = (key: string, attrs: Record<string, number>): Mark => ({ key, tag: 'line', attrs: { ...attrs, class: 'axis-grid' } });

describe('gridGaps', () => {
  it('cuts a vertical gridline around a label it crosses; the first piece keeps the key, a line it misses is untouched', () => {
    const label = textMark('value', '$593B', { x: 180, y: 100, size: 16, weight: 700 });
    const box = textMarkBox(label)!;
    const crossing = grid('600-grid', { x1: 200, x2: 200, y1: 0, y2: 300 });
    const clear = grid('100-grid', { x1: 50, x2: 50, y1: 0, y2: 300 });
    const [, ...lines] = gridGaps(scene([label, crossing, clear])).layers[0]!.marks;
    expect(lines.map((line) => line.key)).toEqual(['600-grid', '600-grid~1', '100-grid']);
    expect(lines[0]!.attrs.y2).toBeCloseTo(box.top - 3, 1);
    expect(lines[1]!.attrs.y1).toBeCloseTo(box.bottom + 3, 1);
    expect(lines[2]).toBe(clear);
  });

  it('cuts a horizontal gridline around a line-end label and drops specks; the baseline and other lines are kept', () => {
    const label = textMark('end', 'Nvidia', { x: 300, y: 105, size: 14 });
    const box = textMarkBox(label)!;
    const crossing = grid('100-grid', { x1: 0, x2: box.right + 3, y1: 100, y2: 100 });
    const baseline: Mark = { key: '0-grid', tag: 'line', attrs: { x1: 0, x2: 400, y1: 100, y2: 100, class: 'axis-baseline' } };
    const [, ...lines] = gridGaps(scene([label, crossing, baseline])).layers[0]!.marks;
    // The piece past the label (under 12 px) is a stub: only the piece before it is left.
    expect(lines.map((line) => [line.key, line.attrs.x1, line.attrs.x2])).toEqual([
      ['100-grid', 0, Math.round((box.left - 3) * 10) / 10],
      ['0-grid', 0, 400],
    ]);
  });

  it('leaves out a line that labels would mostly hide', () => {
    // A column of large value labels down the line, 56 px apart: what they leave are pieces of about
    // 14 px, a fifth of the line in all.
    const labels = Array.from({ length: 5 }, (_, row) => textMark(`v${row}`, '$206B', { x: 190, y: 40 + row * 56, size: 30 }));
    const line = grid('200-grid', { x1: 200, x2: 200, y1: 0, y2: 280 });
    const marks = gridGaps(scene([...labels, line])).layers[0]!.marks;
    expect(marks.map((mark) => mark.key)).toEqual(labels.map((label) => label.key));
    // Two rows further apart leave more than a third of it: drawn, in pieces.
    const sparse = [labels[0]!, textMark('v4', '$206B', { x: 190, y: 264, size: 30 })];
    expect(gridGaps(scene([...sparse, line])).layers[0]!.marks.map((mark) => mark.key)).toEqual(['v0', 'v4', '200-grid']);
  });

  it('returns a scene without gridlines as it is', () => {
    const plain = scene([textMark('a', 'A', { x: 10, y: 10, size: 12 })]);
    expect(gridGaps(plain)).toBe(plain);
  });
});
