// The story's fonts in one place: the web faces (files from @fontsource, served by Astro's fonts
// pipeline, astro.config.mjs), the reader's own fonts sized to stand in for them (fallbackFaces.json,
// written by scripts/fallbackFaces.mjs), and which of them a page loads after its first paint
// (useWebFaces.ts). A page includes it all with <Fonts /> (Fonts.astro); CSS names a face by its
// variable (tokens.ts: --font-serif, --font-sans).

import fallbackFaces from './fallbackFaces.json' with { type: 'json' };

interface WebFace {
  family: string;
  /** The CSS variable Astro's <Font> defines: the face, then `glyphs`, then `generic`. */
  variable: string;
  /**
   * The system fonts that draw what the face lacks (≥, the narrow no-break space), unsized: chart
   * label widths are measured for them (src/design/fontMetrics.json).
   */
  glyphs: readonly string[];
  generic: 'serif' | 'sans-serif';
  /** Files, as package imports; each is the latin subset the story is written in. */
  variants: readonly { weight: number | string; style: 'normal' | 'italic'; file: string }[];
}

const serifFiles = '@fontsource/source-serif-4/files/source-serif-4-latin';
export const webFaces = [
  {
    family: 'Source Serif 4',
    variable: '--font-source-serif',
    glyphs: ['Georgia', 'Times New Roman'],
    generic: 'serif',
    variants: [
      { weight: 400, style: 'normal', file: `${serifFiles}-400-normal.woff2` },
      { weight: 400, style: 'italic', file: `${serifFiles}-400-italic.woff2` },
      { weight: 700, style: 'normal', file: `${serifFiles}-700-normal.woff2` },
    ],
  },
  {
    family: 'Inter Variable',
    variable: '--font-inter',
    glyphs: ['Helvetica Neue', 'Arial'],
    generic: 'sans-serif',
    variants: [{ weight: '100 900', style: 'normal', file: '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2' }],
  },
] as const satisfies readonly WebFace[];

type Family = (typeof webFaces)[number]['family'];

/**
 * The reader's own fonts that stand in for a web face, in the order they are tried, each a family of
 * its own ("Source Serif 4 Georgia") sized by `@font-face` descriptors to take the web face's room,
 * so lines keep their breaks when the face arrives; a font the device lacks is skipped.
 */
function fallbackStack(family: Family): string[] {
  const names = fallbackFaces.filter((face) => face.family === family).flatMap((face) => face.fallbacks.map(({ name }) => name));
  return [...new Set(names)].map((name) => `${family} ${name}`);
}

/** The sized fallbacks' `@font-face` rules. */
export function fallbackFontFaces(): string {
  return fallbackFaces
    .flatMap(({ family, style, weight, fallbacks }) =>
      fallbacks.map(
        ({ name, local, sizeAdjust, ascent, descent, lineGap }) =>
          `@font-face { font-family: '${family} ${name}'; font-style: ${style}; font-weight: ${weight}; ` +
          `src: ${local.map((font) => `local('${font}')`).join(', ')}; size-adjust: ${sizeAdjust}%; ` +
          `ascent-override: ${ascent}%; descent-override: ${descent}%; line-gap-override: ${lineGap}%; }`,
      ),
    )
    .join(' ');
}

/** A variable's stack while the web faces wait (before the first paint, or if one failed): the sized fallbacks alone. */
export function fallbackOnly(family: Family): string {
  const face = webFaces.find((candidate) => candidate.family === family)!;
  return [...fallbackStack(family).map((name) => `'${name}'`), face.generic].join(', ');
}

/** The faces the page loads after its first paint (every style and weight it sets), by variable: `italic 400`. */
export function webFaceLoads(): { variable: string; style: string; weight: number }[] {
  const loads = fallbackFaces.map(({ family, style, weight }) => ({
    variable: webFaces.find((face) => face.family === family)!.variable,
    style,
    weight,
  }));
  return loads.filter((load, index) => loads.findIndex((other) => JSON.stringify(other) === JSON.stringify(load)) === index);
}
