// The first screen's headline and deck are set from the first paint in a subset of Source Serif 4
// carried by the page (src/design/fonts/firstScreenFaces.ts). The subset must draw every character of its
// text, and set it exactly as the full face does (same advances and kerning), or the lines would
// break elsewhere than with the full face the rest of the page swaps in.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { firstScreenFaces, firstScreenFamily } from '../../src/design/fonts/firstScreenFaces';
import { pageText } from '../../src/i18n/pageText';

const require = createRequire(import.meta.url);
const fontkit = require('fontkit');
const wawoff2 = require('wawoff2');

const open = async (bytes: Buffer) => fontkit.create(Buffer.from(await wawoff2.decompress(bytes)));
const fullFace = (weight: number) =>
  open(readFileSync(require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff2`)));

describe.each(['en', 'fr'] as const)('%s first screen faces', (locale) => {
  const texts = [
    { weight: 700 as const, text: pageText(locale, 'site.title') },
    { weight: 400 as const, text: pageText(locale, 'site.description') },
  ];

  it('draw the headline and deck exactly as the full faces do, and nothing else', async () => {
    const css = await firstScreenFaces(texts);
    const faces = [...css.matchAll(/@font-face \{([^}]*)\}/g)].map((match) => match[1]!);
    expect(faces).toHaveLength(2);
    for (const [index, { weight, text }] of texts.entries()) {
      const face = faces[index]!;
      expect(face).toContain(`font-family: '${firstScreenFamily}'`);
      expect(face).toContain(`font-weight: ${weight}`);
      const subset = await open(Buffer.from(/base64,([^)]+)\)/.exec(face)![1]!, 'base64'));
      const full = await fullFace(weight);
      for (const character of new Set(text)) expect(subset.hasGlyphForCodePoint(character.codePointAt(0)), character).toBe(true);
      expect(subset.layout(text).advanceWidth).toBe(full.layout(text).advanceWidth);
      // A subset: its characters and their ligatures and alternates, not the face's hundreds of glyphs.
      expect(subset.numGlyphs).toBeLessThan(full.numGlyphs / 4);
    }
  });
});
