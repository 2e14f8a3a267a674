// The opening timeline: one event per step, and Nvidia's price revealed up to it.
import { describe, expect, it } from 'vitest';
import weekendTimeline from './chart';
import { weekendTimelineInput } from './input';
import { en, story, wide } from '../../../test/charts/kit';

describe('weekendTimeline', () => {
  const input = weekendTimelineInput(story);
  const marksOf = (state: (typeof weekendTimeline.states)[number]) =>
    weekendTimeline.render(input, { state, ...en('weekendTimeline', wide) }).layers.flatMap((layer) => layer.marks);

  it('highlights each step’s own event, and only it', () => {
    for (const state of weekendTimeline.states) {
      const active = marksOf(state).filter((mark) => mark.key.startsWith('event-') && String(mark.attrs.class).includes('is-active'));
      expect(active.map((mark) => mark.key)).toEqual([`event-${state}`]);
    }
  });

  it('traces the weeks ahead faintly before Monday, up to the last close before it, and not on Monday', () => {
    const monday = input.events.find((event) => event.id === 'monday')!.date;
    const before = input.nvidia.filter(([date]) => date < monday).length;
    const ahead = (state: (typeof weekendTimeline.states)[number]) =>
      String(marksOf(state).find((mark) => mark.key === 'line-ahead')?.attrs.d ?? '');
    expect(ahead('v3').split('L')).toHaveLength(before);
    expect(ahead('monday')).toBe('');
  });
});
