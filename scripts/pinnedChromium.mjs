// The browser the end-to-end tests and their screenshots run on: the Chromium build shipped inside the
// `@sparticuz/chromium` npm package (a headless shell for x64 Linux), pinned to one exact version by
// package.json and the lockfile, so a visual baseline does not depend on what the machine's package
// manager installed this month. The package holds it Brotli-compressed; Playwright's global setup
// (scripts/ensure-browser.mjs) unpacks it once into node_modules/.cache, and later runs reuse it. Its
// shared libraries and the fallback fonts come from the system (Debian's `chromium` and
// `fonts-dejavu-core` packages, installed by .ci/run).
//
// CHROMIUM_PATH overrides it (another build: the visual spec's browser check fails, see docs/testing.md).

import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The package does not export its package.json or its bin folder: they are read where npm puts them
 * (never imported, hence its entry in knip.json's ignoreDependencies).
 */
const packageDirectory = join(root, 'node_modules', '@sparticuz', 'chromium');

/** The pinned package's version, e.g. 153.0.0 (its Chromium is 153). */
export function pinnedChromiumVersion() {
  return JSON.parse(readFileSync(join(packageDirectory, 'package.json'), 'utf8')).version;
}

const builtFor = process.platform === 'linux' && process.arch === 'x64';

/** Where the pinned Chromium is unpacked; undefined where it cannot run (not x64 Linux). Reads no binary. */
export function pinnedChromiumPath() {
  return builtFor ? join(root, 'node_modules', '.cache', 'pinned-chromium', pinnedChromiumVersion(), 'chromium') : undefined;
}

/** The browser the tests drive: CHROMIUM_PATH when set, else the pinned build (undefined: Playwright's own). */
export function testChromium() {
  return process.env.CHROMIUM_PATH || pinnedChromiumPath();
}

/**
 * Unpacks the pinned Chromium if it is not there yet (about 10 s) and returns its path. Written to a
 * temporary name and renamed, so a run stopped half-way never leaves a broken binary behind; a
 * leftover from such a run is deleted.
 */
export function unpackPinnedChromium() {
  const executable = pinnedChromiumPath();
  if (!executable) throw new Error(`the pinned Chromium is built for x64 Linux; on ${process.platform}-${process.arch} set CHROMIUM_PATH`);
  if (existsSync(executable)) return executable;
  const directory = dirname(executable);
  mkdirSync(directory, { recursive: true });
  for (const name of readdirSync(directory)) if (name.endsWith('.partial')) rmSync(join(directory, name));
  const partial = `${executable}.${process.pid}.partial`;
  writeFileSync(partial, brotliDecompressSync(readFileSync(join(packageDirectory, 'bin', 'chromium.br'))));
  chmodSync(partial, 0o755);
  renameSync(partial, executable);
  return executable;
}
