// Tweens a path whose points move (same commands, other numbers) without d3's per-number
// interpolators: applyScene's `d` attribute goes through here. Browser and tests only; knows no chart.

/** Numbers in a string, as d3-interpolate finds them; captured, so that `split` returns them too. */
const numbersIn = /([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/;

/** Path data read into the text between its numbers and the numbers themselves. */
interface ReadPath {
  literals: readonly string[];
  numbers: Float64Array;
}

/** Reads path data in one pass of the browser's own regular expression (text, number, text, …). */
function readPath(d: string): ReadPath | undefined {
  const parts = d.split(numbersIn);
  const count = (parts.length - 1) / 2;
  const literals = parts.filter((_, index) => index % 2 === 0);
  const numbers = new Float64Array(count);
  for (let index = 0; index < count; index++) numbers[index] = Number(parts[2 * index + 1]);
  // Numbers written one against the other ("M1.5.5") could run together once rounded: left to d3.
  return literals.slice(1, -1).includes('') ? undefined : { literals, numbers };
}

/**
 * Path data from `from` to `to` when both have the same commands (only their numbers differ, as when
 * a line's points move): the numbers are read once into arrays and each frame writes them at a tenth
 * of a pixel, the precision of the scenes. d3's interpolateString made an interpolator per number
 * (a line of 1,275 days has 2,550) and wrote each at full precision, a path string twice as long to
 * parse every frame. Exact at the end. Paths of different shapes go to d3 (undefined here).
 */
export function interpolatePathData(from: string, to: string): ((t: number) => string) | undefined {
  const [start, end] = [readPath(from), readPath(to)];
  if (!start || !end || start.literals.length !== end.literals.length) return undefined;
  const { literals } = end;
  if (literals.some((literal, index) => literal !== start.literals[index])) return undefined;
  const [a, b] = [start.numbers, end.numbers];
  return (t) => {
    if (t >= 1) return to;
    let text = literals[0]!;
    for (let index = 0; index < b.length; index++)
      text += Math.round((a[index]! + (b[index]! - a[index]!) * t) * 10) / 10 + literals[index + 1]!;
    return text;
  };
}
