// Writes src/design/fonts/fontMetrics.json: the advance width of every character chart labels use, read
// from the self-hosted Inter Variable file (the latin subset the page loads) at the weights the
// charts set, so label layout measures text as the browser will draw it. Characters that file lacks
// (the narrow no-break space, ≥) are drawn by the fallback font; their widths are DejaVu Sans's (the
// fallback on Linux), written down below so that no system font file is read. `--check` fails if the
// committed file is stale.
//   node scripts/fontMetrics.mjs [--check]

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { webFaces } from '../src/design/fonts/faces.ts';
import { writeOrCheck } from './generatedFile.mjs';

const require = createRequire(import.meta.url);
const fontkit = require('fontkit');
const wawoff2 = require('wawoff2');

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}src/design/fonts/fontMetrics.json`;
const interFile = require.resolve(webFaces.find((face) => face.family === 'Inter Variable').variants[0].file);
/** DejaVu Sans 2.37's advances (em/1000, at 400 and 700) for the characters Inter's latin subset lacks. */
const fallbackAdvances = {
  '\u00ad': [0, 0],
  '\u2011': [361, 415],
  '\u202f': [200, 200],
  '\u2264': [838, 838],
  '\u2265': [838, 838],
};
const weights = [400, 700];

// Printable ASCII, Latin-1, and the punctuation and symbols the story's strings use.
const characters = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, index) => 0x20 + index),
  ...Array.from({ length: 0x100 - 0xa0 }, (_, index) => 0xa0 + index),
  0x152,
  0x153,
  0x2009,
  0x2011,
  0x2013,
  0x2014,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2026,
  0x202f,
  0x20ac,
  0x2191,
  0x2193,
  0x2212,
  0x2264,
  0x2265,
].map((code) => String.fromCodePoint(code));

/** Advances in thousandths of an em: precise to a tenth of a pixel at chart sizes. */
const milli = (value) => Math.round(value * 1000);

async function metrics() {
  const inter = fontkit.create(Buffer.from(await wawoff2.decompress(readFileSync(interFile))));
  const result = {
    font: 'Inter Variable (latin subset); characters it lacks from DejaVu Sans',
    unit: 'em/1000',
    characters: characters.join(''),
    weights: {},
  };
  for (const weight of weights) {
    const face = inter.getVariation({ wght: weight });
    result.weights[weight] = characters.map((character) => {
      if (face.hasGlyphForCodePoint(character.codePointAt(0))) {
        const run = face.layout(character);
        return milli(run.positions.reduce((sum, position) => sum + position.xAdvance, 0) / face.unitsPerEm);
      }
      const advances = fallbackAdvances[character];
      if (!advances)
        throw new Error(`fontMetrics: Inter lacks U+${character.codePointAt(0).toString(16)} and no fallback advance is written down`);
      return advances[weights.indexOf(weight)];
    });
  }
  return `${JSON.stringify(result)}\n`;
}

writeOrCheck(out, await metrics(), 'scripts/fontMetrics.mjs');
