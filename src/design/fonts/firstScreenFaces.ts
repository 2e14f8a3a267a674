// The first screen's headline and deck are set in their web face from the first paint: the page
// carries the few glyphs they use (a subset of Source Serif 4, about 2 KB for the headline and 5 KB for
// the deck) in its own CSS, so they never wait for a download and never reflow. Everything else waits
// for the full faces after the first paint (useWebFaces.ts). addFirstScreenFaces puts them in use. The subset has the full face's
// advances and kerning, so the lines break exactly where they will with the full face.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { webFaces } from './faces';

const require = createRequire(`${process.cwd()}/package.json`);

export const firstScreenFamily = 'Source Serif 4 First Screen';

/** `@font-face` rules for `firstScreenFamily`: each weight holds exactly the glyphs of its text. */
export async function firstScreenFaces(texts: { weight: 400 | 700; text: string }[]): Promise<string> {
  const faces = await Promise.all(
    texts.map(async ({ weight, text }) => {
      const { file } = webFaces[0].variants.find((variant) => variant.style === 'normal' && variant.weight === weight)!;
      const subset = await subsetFont(readFileSync(require.resolve(file)), text, { targetFormat: 'woff2' });
      return (
        `@font-face { font-family: '${firstScreenFamily}'; font-style: normal; font-weight: ${weight}; font-display: block; ` +
        `src: url(data:font/woff2;base64,${subset.toString('base64')}) format('woff2'); }`
      );
    }),
  );
  return faces.join(' ');
}

/**
 * Puts the page's first-screen faces in use before the first layout, from the bytes in its CSS: a face
 * built from bytes in a script is ready at once, where one from a data: URL in CSS is decoded after the
 * first layout (the text would be laid out in a fallback first, and move). Without a script, the CSS
 * face is used. Runs as an inline script (StoryPage.astro writes its source into the page).
 */
export function addFirstScreenFaces(): void {
  const sheet = document.querySelector<HTMLStyleElement>('style[data-first-screen]')?.sheet;
  for (const rule of sheet?.cssRules ?? []) {
    if (!(rule instanceof CSSFontFaceRule)) continue;
    const data = /base64,([^)'"]+)/.exec(rule.style.getPropertyValue('src'))?.[1];
    if (!data) continue;
    const bytes = Uint8Array.from(atob(data), (character) => character.charCodeAt(0));
    const family = rule.style.getPropertyValue('font-family').replace(/^["']|["']$/g, '');
    document.fonts.add(new FontFace(family, bytes, { weight: rule.style.getPropertyValue('font-weight') }));
  }
}
