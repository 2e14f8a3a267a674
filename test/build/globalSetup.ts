// Builds the site once per unit-test run (into a temporary folder, unless STORY_BUILT_SITE names a build), for the tests that read the
// built pages (typography, copy rules). The folder's path reaches them through `inject('builtSite')`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    builtSite: string;
  }
}

export default function setup(project: TestProject) {
  // A quick loop on other tests can skip the build; the tests that need it then fail saying so.
  if (process.env.STORY_SKIP_SITE_BUILD) {
    project.provide('builtSite', '');
    return;
  }
  // `npm test` builds dist/ once for these tests and the end-to-end ones, and says so here.
  const built = process.env.STORY_BUILT_SITE;
  if (built) {
    if (!existsSync(join(built, 'index.html'))) throw new Error(`STORY_BUILT_SITE=${built} has no index.html: build the site first`);
    project.provide('builtSite', resolve(built));
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'story-site-'));
  const outDir = join(work, 'dist');
  const result = spawnSync(join('node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  project.provide('builtSite', outDir);
  return () => rmSync(work, { recursive: true, force: true });
}
