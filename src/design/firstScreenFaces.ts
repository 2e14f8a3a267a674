// The first screen's headline and deck are set in their web face from the first paint: the page
// carries the few glyphs they use (a subset of Source Serif 4, about 2 KB for the headline and 5 KB for
// the deck) in its own CSS, so they never wait for a download and never reflow. Everything else waits
// for the full faces after the first paint (StoryLayout.astro). The subset has the full face's
// advances and kerning, so the lines break exactly where they will with the full face.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

const require = createRequire(`${process.cwd()}/package.json`);

export const firstScreenFamily = 'Source Serif 4 First Screen';

/** `@font-face` rules for `firstScreenFamily`: each weight holds exactly the glyphs of its text. */
export async function firstScreenFaces(texts: { weight: 400 | 700; text: string }[]): Promise<string> {
  const faces = await Promise.all(
    texts.map(async ({ weight, text }) => {
      const file = require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff2`);
      const subset = await subsetFont(readFileSync(file), text, { targetFormat: 'woff2' });
      return (
        `@font-face { font-family: '${firstScreenFamily}'; font-style: normal; font-weight: ${weight}; font-display: block; ` +
        `src: url(data:font/woff2;base64,${subset.toString('base64')}) format('woff2'); }`
      );
    }),
  );
  return faces.join(' ');
}
