// Where a text mark stands in a drawing the browser animates: its group's `transform` (see
// `sceneToSvg`'s `animated`). Shared by the server's markup and the browser's `applyScene`, and kept
// apart from `sceneToSvg` so the browser's chart code carries these two functions only.

import type { Mark } from './scene';

/** The `transform` of a text mark's group, written the same way on the server and in the browser. */
export function textTranslate(x: number, y: number): string {
  return `translate(${x},${y})`;
}

/** A text mark's position: its `x` and `y` (0 when absent), which must be numbers. */
export function textPosition(mark: Mark): { x: number; y: number } {
  const [x, y] = [mark.attrs.x ?? 0, mark.attrs.y ?? 0].map(Number) as [number, number];
  if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`text mark "${mark.key}": x and y must be numbers`);
  return { x, y };
}
