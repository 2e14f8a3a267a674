// Writes src/design/fallbackFaces.json: for each web face the story uses, the size and line metrics
// that make the reader's own fonts (Georgia, Times New Roman, Noto Serif, DejaVu Serif; Helvetica Neue,
// Arial, Roboto, DejaVu Sans) take the same room, so text laid out in a fallback keeps its lines when
// the web face arrives. The method is Capsize's (also Astro's fonts API): size-adjust matches the
// average character width, then ascent, descent and line gap are the web face's, divided by it.
// Metrics of the system fonts come from @capsizecss/metrics; those of the web faces and of DejaVu
// (the fallback on Linux) are read from the files. `--check` fails if the committed file is stale.
//   node scripts/fallbackFaces.mjs [--check]

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import georgiaRegular from '@capsizecss/metrics/georgia/regular';
import timesNewRomanRegular from '@capsizecss/metrics/timesNewRoman/regular';
import notoSerifRegular from '@capsizecss/metrics/notoSerif/regular';
import georgiaItalic from '@capsizecss/metrics/georgia/italic';
import timesNewRomanItalic from '@capsizecss/metrics/timesNewRoman/italic';
import notoSerifItalic from '@capsizecss/metrics/notoSerif/italic';
import georgiaBold from '@capsizecss/metrics/georgia/700';
import timesNewRomanBold from '@capsizecss/metrics/timesNewRoman/700';
import notoSerifBold from '@capsizecss/metrics/notoSerif/700';
import helveticaNeueRegular from '@capsizecss/metrics/helveticaNeue/regular';
import arialRegular from '@capsizecss/metrics/arial/regular';
import robotoRegular from '@capsizecss/metrics/roboto/regular';
import helveticaNeueBold from '@capsizecss/metrics/helveticaNeue/700';
import arialBold from '@capsizecss/metrics/arial/700';
import robotoBold from '@capsizecss/metrics/roboto/700';
import { fromFile } from '@capsizecss/unpack/fs';
import { writeOrCheck } from './generatedFile.mjs';

const require = createRequire(import.meta.url);
const fontkit = require('fontkit');
const wawoff2 = require('wawoff2');

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}src/design/fallbackFaces.json`;
const serifFiles = `${root}node_modules/@fontsource/source-serif-4/files`;
const interFile = `${root}node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2`;
const dejavu = '/usr/share/fonts/truetype/dejavu';

// The story's prose, both editions: what the fallbacks must set in the same room as the web faces.
const prose = readdirSync(`${root}content/chapters`, { recursive: true })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => readFileSync(`${root}content/chapters/${file}`, 'utf8'))
  .join(' ')
  .replace(/^import .*$/gm, ' ')
  .replace(/<[^>]*>|\{[^}]*\}/g, ' ');
const words = prose.replace(/\s+/g, ' ');

/** Average advance over the story's prose as the font sets it (kerning included), in ems. */
const proseWidth = (font) => font.layout(words).advanceWidth / words.length / font.unitsPerEm;

// One decompression at a time: overlapping calls into wawoff2's WebAssembly module now and then hand
// back bytes fontkit cannot read ("Unknown font format", seen in 2 of about 15 runs of --check).
let decompressing = Promise.resolve();
const woff2 = async (path, weight) => {
  const bytes = decompressing.then(() => wawoff2.decompress(readFileSync(path)));
  decompressing = bytes.then(
    () => undefined,
    () => undefined,
  );
  const font = fontkit.create(Buffer.from(await bytes));
  return weight ? font.getVariation({ wght: weight }) : font;
};

/**
 * A web face: its line metrics, its average width as Capsize weighs it (to compare with the system
 * fonts' published metrics) and as the story's prose weighs it (to compare with fonts read here).
 */
async function webFace(path, weight) {
  const metrics = await fromFile(path);
  const font = await woff2(path, weight);
  // Capsize reads a variable file's default instance (400): a bolder instance's average is scaled by
  // the ratio of the two instances' widths over the prose.
  const xWidthAvg = weight ? (metrics.xWidthAvg * proseWidth(font)) / proseWidth(await woff2(path, 400)) : metrics.xWidthAvg;
  return { ...metrics, xWidthAvg, proseWidth: proseWidth(font) };
}

/** A fallback read from its file here (DejaVu, on Linux): measured over the prose itself. */
async function localFile(file) {
  const path = `${dejavu}/${file}`;
  return { ...(await fromFile(path)), proseWidth: proseWidth(fontkit.openSync(path)) };
}

/**
 * The faces: family, style, weight, the web face's metrics and its fallbacks' (by name), in the order
 * the page tries them. Capsize's are plain values; the files read here are promises.
 */
const serif = (variant) => webFace(`${serifFiles}/source-serif-4-latin-${variant}.woff2`);
const faces = [
  [
    'Source Serif 4',
    'normal',
    400,
    serif('400-normal'),
    { Georgia: georgiaRegular, Times: timesNewRomanRegular, Noto: notoSerifRegular, DejaVu: localFile('DejaVuSerif.ttf') },
  ],
  [
    'Source Serif 4',
    'italic',
    400,
    serif('400-italic'),
    { Georgia: georgiaItalic, Times: timesNewRomanItalic, Noto: notoSerifItalic, DejaVu: localFile('DejaVuSerif-Italic.ttf') },
  ],
  [
    'Source Serif 4',
    'normal',
    700,
    serif('700-normal'),
    { Georgia: georgiaBold, Times: timesNewRomanBold, Noto: notoSerifBold, DejaVu: localFile('DejaVuSerif-Bold.ttf') },
  ],
  [
    'Inter Variable',
    'normal',
    400,
    webFace(interFile),
    { Helvetica: helveticaNeueRegular, Arial: arialRegular, Roboto: robotoRegular, DejaVu: localFile('DejaVuSans.ttf') },
  ],
  [
    'Inter Variable',
    'normal',
    700,
    webFace(interFile, 700),
    { Helvetica: helveticaNeueBold, Arial: arialBold, Roboto: robotoBold, DejaVu: localFile('DejaVuSans-Bold.ttf') },
  ],
];

/** Percentages to two decimals: a hundredth of a percent is well under a pixel at any text size. */
const percent = (value) => Math.round(value * 10000) / 100;

async function build() {
  const result = [];
  for (const [family, style, weight, webMetrics, fallbackMetrics] of faces) {
    const web = await webMetrics;
    const fallbacks = [];
    for (const [name, metrics] of Object.entries(fallbackMetrics)) {
      const local = await metrics;
      const sizeAdjust = local.proseWidth
        ? web.proseWidth / local.proseWidth
        : web.xWidthAvg / web.unitsPerEm / (local.xWidthAvg / local.unitsPerEm);
      const em = web.unitsPerEm * sizeAdjust;
      fallbacks.push({
        name,
        local: [...new Set([local.fullName, local.postscriptName])],
        sizeAdjust: percent(sizeAdjust),
        ascent: percent(web.ascent / em),
        descent: percent(Math.abs(web.descent) / em),
        lineGap: percent(web.lineGap / em),
      });
    }
    result.push({ family, style, weight, fallbacks });
  }
  // One face per line: a change to the metrics shows in a diff as the faces it moved.
  return `[\n${result.map((face) => JSON.stringify(face)).join(',\n')}\n]\n`;
}

writeOrCheck(out, await build(), 'scripts/fallbackFaces.mjs');
