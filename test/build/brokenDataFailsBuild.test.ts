// Proves the whole pipeline, not just the parser: `astro build` over a copy of content/data with
// one broken cell stops, and its output names the file, the row and the column.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function buildWith(corrupt: (dataDir: string) => void) {
  const work = mkdtempSync(join(tmpdir(), 'story-build-'));
  const dataDir = join(work, 'data');
  cpSync('content/data', dataDir, { recursive: true });
  corrupt(dataDir);
  const result = spawnSync(join('node_modules', '.bin', 'astro'), ['build', '--outDir', join(work, 'dist')], {
    env: { ...process.env, STORY_DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('astro build with a broken data file', () => {
  it('fails and names the file, the row and the column of a non-numeric price', () => {
    const { status, output } = buildWith((dataDir) => {
      const file = join(dataDir, 'nvda_daily.csv');
      const lines = readFileSync(file, 'utf8').split('\n');
      lines[4] = lines[4]!.replace(/^([^,]+,[^,]+,[^,]+,[^,]+),[^,]+,/, '$1,n/a,');
      writeFileSync(file, lines.join('\n'));
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/nvda_daily\.csv, row 5 \(column "close"\): expected a number, got "n\/a"/);
  });

  it('fails and names a missing file', () => {
    const { status, output } = buildWith((dataDir) => rmSync(join(dataDir, 'record_losses.csv')));
    expect(status).not.toBe(0);
    expect(output).toMatch(/record_losses\.csv: the file is missing/);
  });
});
