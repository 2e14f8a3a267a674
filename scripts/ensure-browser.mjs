// Makes sure Playwright has a Chromium to drive before the end-to-end tests run:
// Debian's /usr/bin/chromium (or CHROMIUM_PATH) when present, otherwise Playwright's own download.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(system)) {
  console.log(`e2e: using ${system}`);
} else {
  console.log('e2e: no system Chromium found; running `playwright install chromium`');
  const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
