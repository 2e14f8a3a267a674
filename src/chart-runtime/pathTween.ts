// Tweens an attribute whose text holds numbers (path data, a transform) from one value to the next:
// the target's text, each of its numbers moving from the number in the same place in the current
// value, as d3-interpolate's interpolateString does. Written here because d3-interpolate brings
// d3-color with it, which the tree-shaker cannot drop (it defines its classes at load): 4 KB gzip
// of the entry chunk for colours no scene tweens. Browser and tests only; knows no chart.

/** Numbers in a string, as d3-interpolate finds them; captured, so that `split` returns them too. */
const numbersIn = /([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/;

/** Between two values: exactly `from` at t = 0 and exactly `to` at t = 1 (as d3's: `from + (to - from) * 1` may miss `to` by a rounding error). */
export const interpolateNumber = (from: number, to: number) => (t: number) => from * (1 - t) + to * t;

/**
 * `to`'s text with its numbers moving from those of `from`, place by place; a number `from` lacks
 * stands still. The numbers are read once into arrays and each frame writes them at `step` (a tenth
 * of a pixel for paths, the precision of the scenes): a line of 1,275 days has 2,550 numbers, and
 * a path written at full precision is twice as long to parse every frame. Exact at the end.
 */
export function interpolateNumbersIn(from: string, to: string, step = 0.1): (t: number) => string {
  const parts = to.split(numbersIn);
  const starts = from.split(numbersIn);
  const count = (parts.length - 1) / 2;
  const [a, b] = [new Float64Array(count), new Float64Array(count)];
  for (let index = 0; index < count; index++) {
    b[index] = Number(parts[2 * index + 1]);
    const start = starts[2 * index + 1];
    a[index] = start === undefined ? b[index]! : Number(start);
  }
  // Numbers written one against the other ("M1.5.5") stay apart once rounded.
  const literals = parts
    .filter((_, index) => index % 2 === 0)
    .map((text, index) => (text === '' && index > 0 && index < count ? ' ' : text));
  const scale = 1 / step;
  return (t) => {
    if (t >= 1) return to;
    let text = literals[0]!;
    for (let index = 0; index < count; index++)
      text += Math.round((a[index]! + (b[index]! - a[index]!) * t) * scale) / scale + literals[index + 1]!;
    return text;
  };
}
