// A file a script generates and the repository keeps (src/design/fonts/fontMetrics.json, fallbackFaces.json):
// written, or with `--check` compared with what is committed (npm run check fails if it is stale).
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/** @param {string} path @param {string} text @param {string} script the command that writes it */
export function writeOrCheck(path, text, script) {
  const name = relative(process.cwd(), path);
  if (process.argv.includes('--check')) {
    if (readFileSync(path, 'utf8') !== text) {
      console.error(`${name} is stale: run node ${script}`);
      process.exit(1);
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${name}`);
  }
}
