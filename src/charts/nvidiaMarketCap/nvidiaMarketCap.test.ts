// The Nvidia market-value chart: its annotations in each state.
import { describe, expect, it } from 'vitest';
import nvidiaMarketCap, { type NvidiaState } from './chart';
import { describeNvidiaMarketCap } from './describe';
import type { Mark, Scene } from '../shared/scene';
import { nvidiaMarketCapInput } from './input';
import { chartMessages } from '../../story/chartRegistry';
import { loadStory } from '../../story/loadStory';
import { formatValue, newsDigits } from '../../format/formatValue';

const input = nvidiaMarketCapInput(loadStory());
const sizes = { wide: { width: 800, height: 640 }, narrow: { width: 370, height: 420 } } as const;
const render = (state: NvidiaState, size: keyof typeof sizes = 'wide') =>
  nvidiaMarketCap.render(input, { state, ...sizes[size], messages: chartMessages('nvidiaMarketCap', 'en') });
const marks = (scene: Scene) => scene.layers.flatMap((layer) => layer.marks);
const mark = (scene: Scene, key: string): Mark => {
  const found = marks(scene).find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no mark ${key}`);
  return found;
};
const num = (value: string | number | undefined) => Number(value);

describe('nvidiaMarketCap.render(input, {state, width, height, locale})', () => {
  it('keeps the line path’s shape across zoom levels, so it can morph between states', () => {
    const commands = (scene: Scene) => String(mark(scene, 'line').attrs.d).replace(/[-\d.]+/g, '').length;
    expect(commands(render('climb'))).toBe(commands(render('monday')));
    expect(commands(render('friday', 'narrow'))).toBe(commands(render('rebound', 'wide')));
  });

  it('reveals the line further at each step of the selloff', () => {
    const clipWidth = (state: NvidiaState) => render(state).clip!.width;
    expect(clipWidth('friday')).toBeLessThan(clipWidth('monday'));
    expect(clipWidth('monday')).toBeLessThan(clipWidth('rebound'));
  });

  it('draws Monday’s loss as a bar from Friday’s value down to Monday’s', () => {
    const scene = render('monday');
    const loss = mark(scene, 'selloff-loss');
    expect(num(loss.attrs.y)).toBeCloseTo(num(mark(scene, 'dot-friday').attrs.cy), 0);
    expect(num(loss.attrs.y) + num(loss.attrs.height)).toBeCloseTo(num(mark(scene, 'dot-monday').attrs.cy), 0);
    const lossText = formatValue(-input.monday.loss, { kind: 'usdBillions', digits: 0 }, { locale: 'en' });
    expect(marks(scene).some((entry) => entry.text === lossText)).toBe(true);
  });

  it('turns the loss bar into the top bar of the ranking, to scale with the earlier records', () => {
    const scene = render('records');
    const bars = marks(scene).filter((entry) => entry.tag === 'rect');
    expect(bars[0]!.key).toBe('selloff-loss');
    const widthOf = (key: string) => num(mark(scene, key).attrs.width);
    expect(widthOf('selloff-loss') / widthOf('record-NVDA-2024-09-03')).toBeCloseTo(input.timesPreviousRecord, 1);
    expect(marks(scene).some((entry) => entry.key === 'line')).toBe(false);
  });

  it('shows fewer record bars when the frame is too short for all of them', () => {
    const short = nvidiaMarketCap.render(input, {
      state: 'records',
      width: 370,
      height: 260,
      messages: chartMessages('nvidiaMarketCap', 'en'),
    });
    const bars = marks(short).filter((entry) => entry.tag === 'rect');
    expect(bars.length).toBeLessThan(input.ranking.length);
    expect(bars[0]!.key).toBe('selloff-loss');
  });

  it('describes each state in words generated from the data', () => {
    // The figures, formatted as the page prints them, come from the input: a copy edit of the sentence keeps this test.
    const en = (value: number, format: Parameters<typeof formatValue>[1]) => formatValue(value, format, { locale: 'en' });
    const words = (state: NvidiaState) => describeNvidiaMarketCap(input, state, chartMessages('nvidiaMarketCap', 'en'));
    const monday = words('monday');
    expect(monday).toContain(en(input.friday.value, { kind: 'usdTrillions', digits: 2 }));
    expect(monday).toContain(en(input.monday.value, { kind: 'usdTrillions', digits: 2 }));
    expect(monday).toContain(en(input.monday.loss, { kind: 'usdBillions', digits: 0 }));
    expect(monday).toContain(en(-input.monday.change, { kind: 'percent', digits: newsDigits(2) }));
    expect(monday).toContain(en(-input.monday.lowChange, { kind: 'percent', digits: newsDigits(2) }));
    expect(words('rebound')).toContain(en(input.tuesday.change, { kind: 'percent', digits: newsDigits(2) }));
    expect(words('records')).toContain(en(input.timesPreviousRecord, { kind: 'multiple', digits: 1 }));
  });
});
