// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { astroFonts } from './src/design/fonts/astroFonts.ts';
import { compileHints } from './src/integrations/compileHints.ts';
import { frenchSpacingPlugin } from './src/integrations/frenchSpacingPlugin.ts';
import { scrollyStepsPlugin } from './src/integrations/scrollyStepsPlugin.ts';
import { validateData } from './src/integrations/validateData.ts';

// GitHub Pages serves a project site under /<repository>/. The deploy workflow sets BASE_PATH and
// SITE_URL from the Pages configuration; local builds and tests use the same kind of sub-path so
// that every URL is proven to respect the base.
const base = process.env.BASE_PATH ?? '/deepseek-selloff';
const site = process.env.SITE_URL ?? 'https://example.github.io';

export default defineConfig({
  site,
  base,
  output: 'static',
  // English at the site root, French under /fr/.
  i18n: { locales: ['en', 'fr'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  trailingSlash: 'ignore',
  integrations: [mdx(), validateData()],
  // French prose gets its no-break spaces (before ; : ! ? %, inside « ») at build.
  // Each <Step> in a <Scrolly> is handed its section, position, id and caption on the MDX tree.
  markdown: { processor: satteri({ mdastPlugins: [frenchSpacingPlugin, scrollyStepsPlugin] }) },
  // The stylesheet (under 5 KB gzip) is inlined: no render-blocking request before the first paint.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // A component's own styles add no specificity, so the page's later rules (print, small phones) still refine them.
  scopedStyleStrategy: 'where',
  // A Content-Security-Policy <meta> on every page: scripts and styles only by hash or from the site
  // itself, so no 'unsafe-inline' for scripts.
  // Fonts come from the site, and the first screen's subset from data: URLs in the page (src/design/fonts);
  // Astro's fonts config writes font-src 'self' and merges this into it.
  security: { csp: { directives: ["font-src 'self' data:"] } },
  // The web faces, served by Astro's fonts pipeline from @fontsource's files (src/design/fonts).
  fonts: astroFonts(),
  // Every script chunk is compiled off the main thread, as it downloads (V8's compile hint).
  vite: { plugins: [compileHints()] },
});
