// Keys show swatches: no chart string names a colour, which differs by theme.
import { describe, expect, it } from 'vitest';
import { en as englishStrings } from '../../src/i18n/en';
import { fr as frenchStrings } from '../../src/i18n/fr';
import { chartNames, chartRegistry } from '../../src/story/chartRegistry';

describe('colour keys', () => {
  // Colours differ by theme (the ink is black on paper and near-white in dark mode): a key shows a
  // swatch drawn with the marks' own class instead of naming a colour.
  const colourWords = /\b(black|white|gr[ae]y|red|blue|orange|green|noir|noire|blanc|gris|rouge|bleu|vert|orangé)\b/i;
  it('no chart string names a colour, in either edition', () => {
    const chartStrings = chartNames.flatMap((name) => Object.values(chartRegistry[name].strings).flatMap((table) => Object.entries(table)));
    const named = [...Object.entries(englishStrings), ...Object.entries(frenchStrings), ...chartStrings].filter(
      ([key, text]) => !key.startsWith('site.') && !key.startsWith('weekendTimeline.') && colourWords.test(text),
    );
    expect(named).toEqual([]);
  });
});
