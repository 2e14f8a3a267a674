import { describe, expect, it } from 'vitest';
import { runProgress } from '../../src/chart-runtime/applyScene';

describe('runProgress(now, start, duration)', () => {
  it('is 0 for a frame timestamp earlier than the start of the run', () => {
    // requestAnimationFrame passes the frame's start time, which can precede performance.now().
    expect(runProgress(990, 1000, 600)).toBe(0);
  });

  it('grows linearly with time during the run', () => {
    expect(runProgress(1150, 1000, 600)).toBeCloseTo(0.25);
    expect(runProgress(1300, 1000, 600)).toBeCloseTo(0.5);
  });

  it('is 1 at and after the end of the run, and for a run without duration', () => {
    expect(runProgress(1600, 1000, 600)).toBe(1);
    expect(runProgress(5000, 1000, 600)).toBe(1);
    expect(runProgress(1000, 1000, 0)).toBe(1);
  });
});
