// The chip index's history: the boom to its peak, then the selloff day zoomed in.
import { describe, expect, it } from 'vitest';
import soxHistory from './chart';
import { soxHistoryInput } from './input';
import { en, keys, story, wide } from '../../../test/charts/kit';

describe('soxHistory', () => {
  const input = soxHistoryInput(story);
  const render = (state: (typeof soxHistory.states)[number]) => soxHistory.render(input, { state, ...en('soxHistory', wide) });
  const tickDates = (state: (typeof soxHistory.states)[number]) =>
    keys(render(state), 'x-')
      .filter((key) => key.endsWith('-label'))
      .map((key) => key.slice(2, 12))
      .sort();

  it('zooms from the boom to the weeks around the selloff, whose day the axis names', () => {
    expect(tickDates('selloff')[0]! > tickDates('boom')[0]!).toBe(true);
    expect(tickDates('selloff')).toContain(input.monday.date);
  });

  it('draws Monday’s fall downwards from Friday’s close, and names both days', () => {
    const marks = render('selloff').layers.flatMap((layer) => layer.marks);
    const [friday, monday] = ['dot-friday', 'dot-monday'].map((key) => marks.find((mark) => mark.key === key)!);
    expect(Number(monday!.attrs.cy)).toBeGreaterThan(Number(friday!.attrs.cy));
    expect(keys(render('selloff'), 'friday-label').length).toBeGreaterThan(0);
    expect(keys(render('selloff'), 'monday-label').length).toBeGreaterThan(0);
  });
});
