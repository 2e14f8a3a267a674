// Kept apart from faces.ts, which the browser's code reaches through tokens.ts: astro/config is for the build.
import { fontProviders } from 'astro/config';
import { webFaces } from './faces';

/**
 * The `fonts` entries of astro.config.mjs: each web face from its files (the local provider: the npm
 * provider fetches them from a CDN at build). Its fallbacks are the system fonts for the glyphs it
 * lacks; the sized ones that stand in while it loads are ours (faces.ts), not Astro's, which are
 * sized for Times New Roman and Arial alone (DejaVu, Noto, Roboto and Georgia too here).
 */
export function astroFonts() {
  return webFaces.map(({ family, variable, glyphs, generic, variants }) => {
    const [first, ...others] = variants.map(({ weight, style, file }) => ({ weight, style, src: [file] as [string] }));
    return {
      provider: fontProviders.local(),
      name: family,
      cssVariable: variable,
      fallbacks: [...glyphs, generic],
      optimizedFallbacks: false,
      options: { variants: [first!, ...others] as [NonNullable<typeof first>, ...typeof others] },
    };
  });
}
