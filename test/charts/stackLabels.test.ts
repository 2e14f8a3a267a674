import { describe, expect, it } from 'vitest';
import { stackLabels } from '../../src/charts/shared/stackLabels';

describe('stackLabels(items, {gap, min, max})', () => {
  it('leaves labels that do not overlap where they are', () => {
    const tops = stackLabels(
      [
        { key: 'a', top: 10, height: 20 },
        { key: 'b', top: 100, height: 20 },
      ],
      { gap: 4, min: 0, max: 500 },
    );
    expect([tops.get('a'), tops.get('b')]).toEqual([10, 100]);
  });

  it('pushes an overlapping label down by the gap', () => {
    const tops = stackLabels(
      [
        { key: 'a', top: 10, height: 20 },
        { key: 'b', top: 15, height: 20 },
      ],
      { gap: 4, min: 0, max: 500 },
    );
    expect(tops.get('b')).toBe(34);
  });

  it('pulls the stack back inside the bottom edge', () => {
    const tops = stackLabels(
      [
        { key: 'a', top: 80, height: 20 },
        { key: 'b', top: 90, height: 20 },
      ],
      { gap: 0, min: 0, max: 100 },
    );
    expect(tops.get('b')).toBe(80);
    expect(tops.get('a')).toBe(60);
  });
});
