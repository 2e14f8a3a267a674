// A moving line's path data, tweened number by number: read once, exact at the end, and anything
// that is not the same commands with other numbers left to d3's string interpolation.
import { describe, expect, it, vi } from 'vitest';
import { interpolatePathData, readPathsAhead } from '../../src/chart-runtime/pathTween';

describe('interpolatePathData', () => {
  it('tweens only paths with the same commands', () => {
    // Different commands (a line that gains a point): left to d3's string interpolation.
    expect(interpolatePathData('M0,0L1,1', 'M0,0L1,1L2,2')).toBeUndefined();
    expect(interpolatePathData('M0,0L1,1', 'M0,0C1,1')).toBeUndefined();
    expect(interpolatePathData('M0,0L1,1', 'M2,2L3,3')!(0)).toBe('M0,0L1,1');
    expect(interpolatePathData('M1.5.5', 'M2.5.5')).toBeUndefined();
  });

  it('reads a long path once: read ahead (or moved to before), a state change only looks its numbers up', () => {
    // Two lines of 300 points, as a chart's long series are: the second is the first moved down 10 px.
    const line = (shift: number) => `M${Array.from({ length: 300 }, (_, day) => `${day * 1.5},${(day % 7) + shift}`).join('L')}`;
    const [from, to] = [line(0), line(10)];
    readPathsAhead([from, to]);
    const split = vi.spyOn(String.prototype, 'split');
    const move = interpolatePathData(from, to)!;
    expect(split).not.toHaveBeenCalled();
    expect(move(0.5)).toBe(line(5));
    expect(move(1)).toBe(to);
    // A short path is not kept (it is read in microseconds); a path not read before is read when asked.
    interpolatePathData('M0,0L1,1', 'M2,2L3,3');
    expect(split).toHaveBeenCalledTimes(2);
    split.mockClear();
    interpolatePathData(to, line(20));
    expect(split).toHaveBeenCalledTimes(1);
    split.mockRestore();
    // Read ahead or not, numbers that run together are left to d3.
    const runTogether = `M1.5.5${'L2,2'.repeat(200)}`;
    readPathsAhead([runTogether]);
    expect(interpolatePathData(runTogether, runTogether.replace('M1.5', 'M2.5'))).toBeUndefined();
  });
});
