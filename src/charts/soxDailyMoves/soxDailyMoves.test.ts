// The chip index's daily moves: its histogram, its rankings, their keys and words.
import { describe, expect, it } from 'vitest';
import soxDailyMoves from './chart';
import { describeSoxDailyMoves } from './describe';
import { soxDailyMovesInput } from './input';
import { story, wide, en } from '../../../test/charts/kit';

describe('soxDailyMoves', () => {
  const input = soxDailyMovesInput(story);
  it('moves the selloff down the ranking once later days are included', () => {
    const rank = (state: 'worstDays' | 'later') => {
      const scene = soxDailyMoves.render(input, { state, ...en('soxDailyMoves', wide) });
      const bars = scene.layers.flatMap((layer) => layer.marks).filter((mark) => mark.tag === 'rect' && mark.key.startsWith('day-'));
      return bars.findIndex((mark) => mark.key === 'day-2025-01-27') + 1;
    };
    expect(rank('worstDays')).toBe(4);
    expect(rank('later')).toBe(5);
  });
});

describe('colour keys', () => {
  it('the chip-index ranking keys its bars with swatches of their own classes', () => {
    const input = soxDailyMovesInput(story);
    for (const state of ['worstDays', 'later'] as const) {
      const marks = soxDailyMoves.render(input, { state, ...en('soxDailyMoves', wide) }).layers.flatMap((layer) => layer.marks);
      const swatch = (key: string) => marks.find((mark) => mark.key === `${key}-swatch`)?.attrs.class;
      expect(swatch('worse-key')).toBe(marks.find((mark) => mark.key === 'day-2020-03-16')?.attrs.class);
      if (state === 'later') expect(swatch('later-key')).toBe(marks.find((mark) => mark.key === 'day-2025-04-03')?.attrs.class);
    }
  });
});

describe('text alternatives', () => {
  it('the chip-index ranking names, in words, every day it ranks above the selloff, with its move', () => {
    const input = soxDailyMovesInput(story);
    for (const state of ['worstDays', 'later'] as const) {
      const options = en('soxDailyMoves', wide);
      const { layers } = soxDailyMoves.render(input, { state, ...options });
      const description = describeSoxDailyMoves(input, state, options.messages);
      const labels = layers.flatMap((layer) => layer.marks).filter((mark) => mark.tag === 'text');
      const moves = state === 'worstDays' ? input.worstBefore : input.worstAll;
      const above = moves.slice(
        0,
        moves.findIndex((move) => move.date === input.selloff.date),
      );
      expect(above.length).toBeGreaterThan(2);
      for (const move of above) {
        // The move as the bar's own label prints it, so the words and the picture agree.
        const value = labels.find((mark) => mark.key === `day-${move.date}-value`)?.text;
        expect(value).toBeDefined();
        expect(description).toContain(value!);
      }
    }
  });
});
