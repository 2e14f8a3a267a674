// End-to-end tests run against the production build served by `astro preview` under the real
// GitHub Pages-style base path. Browser: the Chromium build pinned in the lockfile
// (scripts/pinnedChromium.mjs), so screenshots do not change with the machine's browser.

import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags } from './scripts/chromiumFlags.mjs';
import { testChromium } from './scripts/pinnedChromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4399);
export const basePath = process.env.BASE_PATH ?? '/deepseek-selloff';
const executablePath = testChromium();

export default defineConfig({
  testDir: './e2e',
  // Unpacks the pinned browser on a fresh checkout (scripts/pinnedChromium.mjs).
  globalSetup: './scripts/ensure-browser.mjs',
  outputDir: './test-results',
  fullyParallel: true,
  ...(process.env.CI ? { workers: Number(process.env.E2E_WORKERS ?? 2) } : {}),
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{projectName}/{arg}{ext}',
  expect: {
    // Two runs on one browser build give identical pixels; the per-pixel colour threshold is a quarter
    // of Playwright's default, low enough that a recoloured chart fails.
    toHaveScreenshot: { animations: 'disabled', caret: 'hide', scale: 'css', maxDiffPixelRatio: 0.002, threshold: 0.05 },
  },
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}/`,
    // A failed test keeps its trace: actions, console, network and sources, without DOM snapshots or
    // a screencast, which cost more than they tell on a page this large (the screenshot diffs show it).
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false, sources: true },
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [...chromiumFlags, '--font-render-hinting=none'],
    },
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: /layout\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 },
    },
    {
      name: 'phone',
      // Sizes, metadata, files and sources of the build do not depend on the screen: read once, on desktop. The
      // step walks check the scroll logic, which is the same at every size: the layout project walks
      // every state at eight sizes, phones included.
      testIgnore: /budget\.spec\.ts|meta\.spec\.ts|methods\.spec\.ts|layout\.spec\.ts|steps\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
    },
    // Legibility at eight screen sizes in both languages: sizes are set per test, so it runs once.
    { name: 'layout', testMatch: /layout\.spec\.ts/, use: { ...devices['Desktop Chrome'], deviceScaleFactor: 1 } },
  ],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}${basePath}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
