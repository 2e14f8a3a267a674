// An attribute's numbers tweened place by place into the target's text: exact at the end, and
// shaped like d3-interpolate's interpolateString when the two values differ in shape.
import { describe, expect, it } from 'vitest';
import { interpolateNumbersIn } from '../../src/chart-runtime/pathTween';

describe('interpolateNumbersIn', () => {
  it('writes the target text, moving the numbers both values have', () => {
    expect(interpolateNumbersIn('M0,0L1,1', 'M2,2L3,3')(0)).toBe('M0,0L1,1');
    expect(interpolateNumbersIn('M0,0L1,1', 'M2,2L3,3')(0.5)).toBe('M1,1L2,2');
    // A line that gains a point: the new point stands where it ends, the others move.
    expect(interpolateNumbersIn('M0,0L2,2', 'M2,2L4,4L6,6')(0.5)).toBe('M1,1L3,3L6,6');
    // Other commands: the target's letters from the start.
    expect(interpolateNumbersIn('M0,0L2,2', 'M2,2C4,4')(0.5)).toBe('M1,1C3,3');
  });

  it('keeps numbers written against each other apart', () => {
    expect(interpolateNumbersIn('M1.5.5', 'M2.5.5')(0.5)).toBe('M2 0.5');
  });

  it('moves a long line number by number and ends exactly on it', () => {
    // Two lines of 300 points, as a chart's long series are: the second is the first moved down 10 px.
    const line = (shift: number) => `M${Array.from({ length: 300 }, (_, day) => `${day * 1.5},${(day % 7) + shift}`).join('L')}`;
    const move = interpolateNumbersIn(line(0), line(10));
    expect(move(0.5)).toBe(line(5));
    expect(move(1)).toBe(line(10));
  });

  it('writes other attributes at the step asked for', () => {
    expect(interpolateNumbersIn('translate(0,0)', 'translate(1,3)', 0.01)(1 / 3)).toBe('translate(0.33,1)');
  });
});
