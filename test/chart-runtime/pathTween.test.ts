// A moving line's path data, tweened number by number: exact at the end, and anything
// that is not the same commands with other numbers left to d3's string interpolation.
import { describe, expect, it } from 'vitest';
import { interpolatePathData } from '../../src/chart-runtime/pathTween';

describe('interpolatePathData', () => {
  it('tweens only paths with the same commands', () => {
    // Different commands (a line that gains a point): left to d3's string interpolation.
    expect(interpolatePathData('M0,0L1,1', 'M0,0L1,1L2,2')).toBeUndefined();
    expect(interpolatePathData('M0,0L1,1', 'M0,0C1,1')).toBeUndefined();
    expect(interpolatePathData('M0,0L1,1', 'M2,2L3,3')!(0)).toBe('M0,0L1,1');
    expect(interpolatePathData('M1.5.5', 'M2.5.5')).toBeUndefined();
  });

  it('moves a long line number by number and ends exactly on it', () => {
    // Two lines of 300 points, as a chart's long series are: the second is the first moved down 10 px.
    const line = (shift: number) => `M${Array.from({ length: 300 }, (_, day) => `${day * 1.5},${(day % 7) + shift}`).join('L')}`;
    const move = interpolatePathData(line(0), line(10))!;
    expect(move(0.5)).toBe(line(5));
    expect(move(1)).toBe(line(10));
  });
});
