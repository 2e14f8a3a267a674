// A Vite plugin that opens every JavaScript chunk with V8's explicit compile hint, so Chrome compiles
// a chunk's functions on a background thread as it streams in instead of on the main thread at first
// call. Kept for the TBT and long-task targets: without it, Lighthouse TBT median 120 ms vs 80 and the
// slowest state change 39 ms vs 24 at 4× CPU (npm run bench, one run). Other browsers read a comment.

import type { Plugin } from 'vite';

/** The magic comment (Chrome 136+); it must open the file. */
export const compileHint = '//# allFunctionsCalledOnLoad';

export function compileHints(): Plugin {
  // Where the browser's chunks are written (Astro's `build.assets`, `_astro` by default).
  let assetsDir = '_astro';
  return {
    name: 'compile-hints',
    apply: 'build',
    configResolved(config) {
      assetsDir = config.build.assetsDir;
    },
    // The bundle's final code: after minification, and after Vite's own plugins (which put the
    // entry's map of lazy chunks at its top). Only the browser's chunks: the server's run at build.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.fileName.startsWith(`${assetsDir}/`)) chunk.code = `${compileHint}\n${chunk.code}`;
        }
      },
    },
  };
}
