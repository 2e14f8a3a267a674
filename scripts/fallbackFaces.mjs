// Writes src/design/fonts/fallbackFaces.json: for each web face the story uses, the size and line metrics
// that make the reader's own fonts (Georgia, Times New Roman, Noto Serif, DejaVu Serif; Helvetica Neue,
// Arial, Roboto, DejaVu Sans) take the same room, so text laid out in a fallback keeps its lines when
// the web face arrives. The method is Capsize's, as in Astro's fonts API: size-adjust matches the
// average character width (weighted by letter frequency; DejaVu's over a fixed sample), then ascent, descent and line gap are the
// web face's, divided by it. Its inputs are npm packages only (the web faces from @fontsource, the
// system fonts' published metrics from @capsizecss/metrics, DejaVu's below), never this machine's
// font files or the story's prose. `--check` fails if the committed file is stale.
//   node scripts/fallbackFaces.mjs [--check]

import { readFileSync } from 'node:fs';
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
import { webFaces } from '../src/design/fonts/faces.ts';
import { writeOrCheck } from './generatedFile.mjs';

const require = createRequire(import.meta.url);
const fontkit = require('fontkit');
const wawoff2 = require('wawoff2');

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}src/design/fonts/fallbackFaces.json`;
/** A web face's file (faces.ts lists them), by family, style and weight. */
const fileOf = (family, style, weight) => {
  const variants = webFaces.find((face) => face.family === family).variants;
  const variant = variants.find((candidate) => candidate.style === style && (candidate.weight === weight || variants.length === 1));
  return require.resolve(variant.file);
};

// DejaVu (Linux's default serif and sans) is not in @capsizecss/metrics: its metrics as
// @capsizecss/unpack reads them from DejaVu 2.37's files (fonts-dejavu-core), written down once here.
// `sampleWidth` is its average advance over `sample` (below), in ems, with kerning, as fontkit lays it out.
const dejaVu = (fullName, postscriptName, ascent, sampleWidth) => ({
  fullName,
  postscriptName,
  ascent,
  descent: -483,
  lineGap: 0,
  unitsPerEm: 2048,
  sampleWidth,
});
const dejaVuSerif = dejaVu('DejaVu Serif', 'DejaVuSerif', 1901, 0.50708);
const dejaVuSerifItalic = dejaVu('DejaVu Serif Italic', 'DejaVuSerif-Italic', 1901, 0.50708);
const dejaVuSerifBold = dejaVu('DejaVu Serif Bold', 'DejaVuSerif-Bold', 1923, 0.56012);
const dejaVuSans = dejaVu('DejaVu Sans', 'DejaVuSans', 1901, 0.50073);
const dejaVuSansBold = dejaVu('DejaVu Sans Bold', 'DejaVuSans-Bold', 1901, 0.56471);

/**
 * Running text in both editions' registers, to weigh faces whose widths are read here (DejaVu's below
 * were read over it once, and a variable face's bolder instance against its default one). Fixed: the
 * story's own prose may change without making this file stale.
 */
const sample =
  'On Monday the chip maker lost more market value in one day than any company in US stock-market history, ' +
  'as investors asked whether the cheap models of a Chinese start-up meant the boom in spending on data centres was over. ' +
  'Le lundi 27 janvier, la capitalisation du fabricant de puces a fondu de près de 600 milliards de dollars : ' +
  'à Tokyo, puis en Europe et à Wall Street, les valeurs liées à l’intelligence artificielle ont toutes reculé.';
const sampleWidth = (font) => font.layout(sample).advanceWidth / sample.length / font.unitsPerEm;

// One decompression at a time: overlapping calls into wawoff2's WebAssembly module now and then hand
// back bytes fontkit cannot read ("Unknown font format", seen in 2 of about 15 runs of --check).
let decompressing = Promise.resolve();
const woff2 = async (path) => {
  const bytes = decompressing.then(() => wawoff2.decompress(readFileSync(path)));
  decompressing = bytes.then(
    () => undefined,
    () => undefined,
  );
  return fontkit.create(Buffer.from(await bytes));
};

/** A web face's metrics and its width over `sample`; a variable face's bolder instance is weighed against its default one (400). */
async function webFace(path, weight) {
  const metrics = await fromFile(path);
  const font = await woff2(path);
  const instance = weight ? font.getVariation({ wght: weight }) : font;
  const xWidthAvg = weight ? (metrics.xWidthAvg * sampleWidth(instance)) / sampleWidth(font) : metrics.xWidthAvg;
  return { ...metrics, xWidthAvg, sampleWidth: sampleWidth(instance) };
}

/**
 * The faces: family, style, weight, the web face's metrics and its fallbacks' (by name), in the order
 * the page tries them. The web faces' are promises (read from their files).
 */
const serif = (style, weight) => webFace(fileOf('Source Serif 4', style, weight));
const interFile = fileOf('Inter Variable', 'normal', 400);
const faces = [
  [
    'Source Serif 4',
    'normal',
    400,
    serif('normal', 400),
    { Georgia: georgiaRegular, Times: timesNewRomanRegular, Noto: notoSerifRegular, DejaVu: dejaVuSerif },
  ],
  [
    'Source Serif 4',
    'italic',
    400,
    serif('italic', 400),
    { Georgia: georgiaItalic, Times: timesNewRomanItalic, Noto: notoSerifItalic, DejaVu: dejaVuSerifItalic },
  ],
  [
    'Source Serif 4',
    'normal',
    700,
    serif('normal', 700),
    { Georgia: georgiaBold, Times: timesNewRomanBold, Noto: notoSerifBold, DejaVu: dejaVuSerifBold },
  ],
  [
    'Inter Variable',
    'normal',
    400,
    webFace(interFile),
    { Helvetica: helveticaNeueRegular, Arial: arialRegular, Roboto: robotoRegular, DejaVu: dejaVuSans },
  ],
  [
    'Inter Variable',
    'normal',
    700,
    webFace(interFile, 700),
    { Helvetica: helveticaNeueBold, Arial: arialBold, Roboto: robotoBold, DejaVu: dejaVuSansBold },
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
      // DejaVu is weighed over the sample as the web face is; the others by Capsize's average width.
      const sizeAdjust = local.sampleWidth
        ? web.sampleWidth / local.sampleWidth
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
