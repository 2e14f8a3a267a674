import { describe, expect, it } from 'vitest';
import { activeStepIndex } from '../../src/scroll/activeStepIndex';

describe('activeStepIndex(stepTops, triggerY)', () => {
  it('is the first step before any step reaches the trigger line', () => {
    expect(activeStepIndex([700, 1500, 2300], 500)).toBe(0);
  });

  it('is the last step whose top has crossed the line', () => {
    expect(activeStepIndex([-900, -100, 450, 1200], 500)).toBe(2);
  });

  it('is the last step after the section has scrolled past', () => {
    expect(activeStepIndex([-3000, -2200, -1400], 500)).toBe(2);
  });

  it('depends only on positions, so scrolling up gives the same answer as scrolling down', () => {
    const tops = [-400, 300, 1000];
    expect(activeStepIndex(tops, 500)).toBe(activeStepIndex([...tops], 500));
    expect(activeStepIndex(tops, 500)).toBe(1);
  });
});
