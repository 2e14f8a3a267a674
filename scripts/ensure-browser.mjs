// Playwright's global setup: unpacks the Chromium build pinned in the lockfile (scripts/pinnedChromium.mjs)
// unless CHROMIUM_PATH names another browser, and says which browser the tests drive.
import { execFileSync } from 'node:child_process';
import { pinnedChromiumPath, pinnedChromiumVersion, unpackPinnedChromium } from './pinnedChromium.mjs';

export default function ensureBrowser() {
  if (!process.env.CHROMIUM_PATH && !pinnedChromiumPath()) {
    console.warn(`e2e: the pinned Chromium runs on x64 Linux only; using Playwright's own (visual baselines will not match)`);
    return;
  }
  const executable = process.env.CHROMIUM_PATH || unpackPinnedChromium();
  const version = execFileSync(executable, ['--version'], { encoding: 'utf8' }).trim();
  const which = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH, not the pinned @sparticuz/chromium@${pinnedChromiumVersion()}` : 'pinned';
  console.log(`e2e: ${version} at ${executable} (${which})`);
}
