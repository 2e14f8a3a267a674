// One source for the story's design tokens. CSS receives them as custom properties (`tokensToCss`);
// chart code reads the type scales it lays labels out with, and the width where the large one starts.

import { fallbackOnly, webFaces } from './fonts/faces';

export const palette = {
  light: {
    paper: '#fbfaf7',
    ink: '#161616',
    muted: '#595959',
    rule: '#d6d3cc',
    grid: '#e6e3dc',
    series: '#161616',
    seriesSoft: '#86827a',
    // Okabe–Ito derived pair, darkened for 4.5:1 text contrast on paper: loss and gain differ in hue
    // and lightness, so they do not rely on red–green vision.
    loss: '#b5480e',
    lossSoft: '#d07a40',
    gain: '#0b5f9c',
    gainSoft: '#5a94c8',
    highlight: '#fff1a8',
    // Sequential orange for falls (by size), blue for rises: readable without red–green vision. Every
    // data colour keeps 3:1 against the paper, every map marker 3:1 against the land, and each band of
    // fall 1.4:1 against the next (test/design/palette.test.ts).
    fall1: '#ca5f21',
    fall2: '#a34d1b',
    fall3: '#7e3b15',
    fall4: '#592a0e',
    rise1: '#3a80b9',
    land: '#e4e0d7',
    card: 'rgba(251, 250, 247, 0.94)',
  },
  // Dark theme, following prefers-color-scheme: the same roles, lightened for 4.5:1 text contrast on ink.
  dark: {
    paper: '#141414',
    ink: '#ededeb',
    muted: '#a8a6a0',
    rule: '#3b3a37',
    grid: '#2b2a28',
    series: '#ededeb',
    seriesSoft: '#7d7a73',
    loss: '#f08a4b',
    lossSoft: '#9b5528',
    gain: '#6cb4ee',
    gainSoft: '#3a6f9e',
    highlight: '#5a4d00',
    // Larger falls are brighter on the dark paper.
    fall1: '#c15a15',
    fall2: '#e67022',
    fall3: '#ee9c65',
    fall4: '#f5c5a5',
    rise1: '#5aa7e6',
    land: '#2e2d2a',
    card: 'rgba(20, 20, 20, 0.94)',
  },
} as const;

/**
 * Chart type sizes in px, by reading distance: `small` on phones and tablets (the legibility floor is
 * 12 px), `large` on screens 1024 px wide and more (14 px). Chart code writes them on each label.
 */
export const chartTypeScales = {
  small: { tick: 12, label: 13, value: 16 },
  large: { tick: 14, label: 15, value: 18 },
} as const;
export type ChartTypeScale = keyof typeof chartTypeScales;

/** The viewport width from which charts use the large type scale. */
const largeTypeMinWidth = 1024;
/** The chart type scale for a viewport `width` px wide. */
export const typeScaleFor = (width: number): ChartTypeScale => (width >= largeTypeMinWidth ? 'large' : 'small');

/**
 * The viewport width from which text and graphic sit side by side (`@media (min-width: 900px)` in
 * src/styles/story/*.css, which cannot import it; test/design/breakpoints.test.ts keeps the two equal).
 */
export const sideBySideMinWidth = 900;

/**
 * The frames the static HTML draws each chart for, one per layout: the graphic's frame on a
 * 1440×900 desktop and on a 390×844 phone. The browser adopts a drawing as it is when its frame is
 * as tall or up to 32 px taller (serverDrawing.ts' adoptSlack), so each height is the shorter of the
 * section frames at that size (a one-line or two-line caption; a longer caption's frame is drawn
 * afresh). e2e/mainThread.spec.ts checks the adoption.
 */
export const staticChartFrames = {
  wide: { width: 880, height: 738, typeScale: 'large' },
  narrow: { width: 366, height: 375, typeScale: 'small' },
} as const;

const layout = {
  measure: '38rem',
} as const;

type Palette = { readonly [Name in keyof (typeof palette)['light']]: string };

function kebab(name: string) {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function colorVariables(colors: Palette) {
  return Object.entries(colors)
    .map(([name, value]) => `--color-${kebab(name)}: ${value};`)
    .join(' ');
}

/** The tokens as CSS custom properties, for one `<style>` in the page head (after <Fonts />, whose variables they name). */
export function tokensToCss(): string {
  const [serif, sans] = webFaces;
  return (
    ` :root { color-scheme: light dark; ${colorVariables(palette.light)} --font-serif: var(${serif.variable}); --font-sans: var(${sans.variable}); --measure: ${layout.measure}; }` +
    // Until the first paint, the page is set in the fallbacks alone: no web face is requested before
    // it (the layout's head script; without JavaScript the attribute is never set). If a face fails
    // to arrive, the page stays in them.
    ` :root:is([data-fonts='later'], [data-fonts='fallback']), main > [data-fonts='later'] { --font-serif: ${fallbackOnly(serif.family)}; --font-sans: ${fallbackOnly(sans.family)}; }` +
    // A section of <main> still waiting for the faces restarts the inherited family in its fallbacks.
    ` main > [data-fonts='later'] { font-family: var(--font-serif); }` +
    ` @media (prefers-color-scheme: dark) { :root { ${colorVariables(palette.dark)} } }` +
    // A theme asked for by the page (an embed's ?theme=), whatever the reader's.
    ` :root[data-theme='light'] { color-scheme: light; ${colorVariables(palette.light)} }` +
    ` :root[data-theme='dark'] { color-scheme: dark; ${colorVariables(palette.dark)} }` +
    // Print is always light, whatever the screen's theme.
    ` @media print { :root { ${colorVariables(palette.light)} } }`
  );
}
