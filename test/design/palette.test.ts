// Colour that holds its meaning and stays visible: in both themes every colour that draws data keeps
// 3:1 against the paper (WCAG's non-text contrast), text colours keep 4.5:1, and the falls' sizes
// stay apart from one another.
import { describe, expect, it } from 'vitest';
import { palette } from '../../src/design/tokens';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((value) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const dataColours = ['series', 'seriesSoft', 'loss', 'lossSoft', 'gain', 'gainSoft', 'fall1', 'fall2', 'fall3', 'fall4', 'rise1'] as const;
const textColours = ['ink', 'muted', 'loss', 'gain'] as const;

describe('palette', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const theme of ['light', 'dark'] as const) {
    const colours = palette[theme];
    it(`${theme}: every data colour has at least 3:1 against the paper`, () => {
      const weak = dataColours
        .filter((name) => contrast(colours[name], colours.paper) < 3)
        .map((name) => `${name} ${contrast(colours[name], colours.paper).toFixed(2)}`);
      expect(weak).toEqual([]);
    });

    it(`${theme}: text colours have at least 4.5:1 against the paper`, () => {
      const weak = textColours.filter((name) => contrast(colours[name], colours.paper) < 4.5);
      expect(weak).toEqual([]);
    });

    // The map's markers sit on land: the smallest falls melted into it (2.4:1 in dark, 2.6:1 in light).
    it(`${theme}: every map marker colour has at least 3:1 against the land`, () => {
      const weak = (['fall1', 'fall2', 'fall3', 'fall4', 'rise1'] as const)
        .filter((name) => contrast(colours[name], colours.land) < 3)
        .map((name) => `${name} ${contrast(colours[name], colours.land).toFixed(2)}`);
      expect(weak).toEqual([]);
    });

    // At 1.2:1 "≥ 5 %" and "< 5 %" could not be told apart on a small marker.
    it(`${theme}: each size of fall stands apart from the next (at least 1.4:1) and grows away from the paper`, () => {
      const steps = (['fall1', 'fall2', 'fall3', 'fall4'] as const).map((name) => colours[name]);
      for (let index = 1; index < steps.length; index += 1) {
        expect(contrast(steps[index]!, steps[index - 1]!)).toBeGreaterThanOrEqual(1.4);
        expect(contrast(steps[index]!, colours.paper)).toBeGreaterThan(contrast(steps[index - 1]!, colours.paper));
      }
    });
  }
});
