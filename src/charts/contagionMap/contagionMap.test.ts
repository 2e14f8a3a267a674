// The world map: markers, labels, clock and list in each session.
import { formatValue } from '../../format/formatValue';
import { describe, expect, it } from 'vitest';
import contagionMap, { moveClass } from './chart';
import { contagionMapInput } from './input';
import { story, wide, narrow, en, keys } from '../../../test/charts/kit';

describe('contagionMap', () => {
  it('draws no marker the map frame cuts, and the active session’s hours over the others', () => {
    const input = contagionMapInput(story);
    for (const state of input.sessions.map((session) => session.id))
      for (const size of [narrow, wide, { width: 1280 - 500, height: 560 }]) {
        const scene = contagionMap.render(input, { state, ...en('contagionMap', size) });
        const clip = scene.clip!;
        const cut = scene.layers
          .flatMap((layer) => layer.marks)
          .filter((mark) => mark.key.startsWith('marker-'))
          .filter(({ attrs }) => {
            const [cx, cy, r] = [Number(attrs.cx), Number(attrs.cy), Number(attrs.r)];
            return (
              cx - r < clip.x - 0.5 || cx + r > clip.x + clip.width + 0.5 || cy - r < clip.y - 0.5 || cy + r > clip.y + clip.height + 0.5
            );
          });
        expect(
          cut.map((mark) => mark.key),
          `${state} ${size.width}`,
        ).toEqual([]);
        const bars = scene.layers
          .flatMap((layer) => layer.marks)
          .filter((mark) => /^clock-(?!axis|utc|tick|later|break|active)/.test(mark.key));
        if (bars.length > 0) expect(bars.at(-1)!.key, state).toBe(`clock-${state}`);
      }
  });

  const input = contagionMapInput(story);
  // A frame wide enough for the whole map: no session's markers are panned out of it.
  const markers = (state: (typeof contagionMap.states)[number]) =>
    keys(contagionMap.render(input, { state, ...en('contagionMap', { width: 2400, height: 640 }) }), 'marker-');

  it('adds each session’s companies as its session closes, keeping the earlier ones (Tokyo’s Monday beside its Tuesday)', () => {
    expect(markers('tokyoMonday')).toHaveLength(3);
    expect(markers('europeMonday')).toHaveLength(6);
    expect(markers('newYorkMonday')).toHaveLength(6 + 16);
    expect(markers('tokyoTuesday')).toEqual([
      ...markers('newYorkMonday'),
      'marker-tokyoTuesday-6857.T',
      'marker-tokyoTuesday-8035.T',
      'marker-tokyoTuesday-9984.T',
    ]);
    expect(markers('taipeiReopens')).toContain('marker-taipeiReopens-2330.TW');
  });

  it('fades earlier sessions and rings the active one, with Tuesday’s own colours', () => {
    const marks = contagionMap.render(input, { state: 'tokyoTuesday', ...en('contagionMap', wide) }).layers.flatMap((layer) => layer.marks);
    const classOf = (key: string) => String(marks.find((mark) => mark.key === key)!.attrs.class);
    expect(classOf('marker-tokyoMonday-6857.T')).toContain('move-fall-2');
    expect(classOf('marker-tokyoMonday-6857.T')).toContain('is-past');
    expect(classOf('marker-tokyoTuesday-6857.T')).toContain('move-fall-3');
    expect(classOf('marker-tokyoTuesday-6857.T')).toContain('is-active');
    // The route so far: Tokyo → Europe → New York → (across the map's edge) Tokyo.
    expect(keys(contagionMap.render(input, { state: 'tokyoTuesday', ...en('contagionMap', wide) }), 'route-')).toEqual([
      'route-europeMonday-0',
      'route-newYorkMonday-0',
      'route-tokyoTuesday-0',
      'route-tokyoTuesday-1',
    ]);
  });

  it('keeps its key just above the map when a tall frame centres the block (a 2560×1440 screen)', () => {
    for (const height of [wide.height, 1300]) {
      const scene = contagionMap.render(input, { state: 'europeMonday', ...en('contagionMap', { width: wide.width, height }) });
      const title = scene.layers.flatMap((layer) => layer.marks).find((mark) => mark.key === 'legend-title')!;
      const gap = scene.clip!.y - Number(title.attrs.y);
      expect(gap, `${height} px frame`).toBeGreaterThan(0);
      expect(gap, `${height} px frame`).toBeLessThan(40);
    }
  });

  it('draws the map on phones too, with markers on it and the biggest mover labelled', () => {
    for (const size of [narrow, { width: 296, height: 237, locale: 'en' } as const]) {
      const phone = contagionMap.render(input, { state: 'newYorkMonday', ...en('contagionMap', size) });
      expect(keys(phone, 'land')).toEqual(['land']);
      expect(keys(phone, 'marker-newYorkMonday-')).toHaveLength(16);
      const texts = phone.layers.flatMap((layer) => layer.marks).filter((mark) => mark.tag === 'text' && mark.key.startsWith('mover-VST'));
      // Its name and its move as the data file gives it (a copy edit of the label's wording still passes).
      const vistra = input.sessions.find((session) => session.id === 'newYorkMonday')!.moves.find((move) => move.symbol === 'VST')!;
      const move = formatValue(vistra.change, { kind: 'percent', digits: 1, signed: true }, { locale: 'en' });
      expect(texts.map((mark) => mark.text)).toEqual([expect.stringContaining(move)]);
      expect(texts[0]!.text).toContain(vistra.name);
    }
  });

  it('lists the active session’s moves as far as rows fit, counting the rest', () => {
    const phone = contagionMap.render(input, { state: 'newYorkMonday', ...en('contagionMap', narrow) });
    const shown = keys(phone, 'move-').filter((key) => key.endsWith('-value')).length;
    expect(shown).toBeGreaterThanOrEqual(3);
    expect(shown).toBeLessThan(16);
    const more = phone.layers.flatMap((layer) => layer.marks).find((mark) => mark.key === 'moves-more');
    expect(more?.text).toBe(`+ ${formatValue(16 - shown, { kind: 'count' }, { locale: 'en' })} more in the table`);
  });

  it('buckets falls by size (under 5%, 5%, 10%, 20%) and every rise in one blue', () => {
    expect([-0.01, -0.03, -0.06, -0.15, -0.28, 0.019, 0.0318].map(moveClass)).toEqual([
      'move-fall-1',
      'move-fall-1',
      'move-fall-2',
      'move-fall-3',
      'move-fall-4',
      'move-rise-1',
      'move-rise-1',
    ]);
  });
});
