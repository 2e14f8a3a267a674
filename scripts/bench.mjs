// Performance benchmark (not part of the test suite's pass/fail): builds the site, serves it with
// gzip under the base path, and prints build time, JavaScript and transfer sizes, Lighthouse scores
// (mobile and desktop) and long tasks during a full scroll at 4× CPU throttling, against targets.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from '@playwright/test';
import { chromiumFlags } from './chromiumFlags.mjs';
import { serveDist } from './serveDist.mjs';

const base = process.env.BASE_PATH ?? '/deepseek-selloff';
const port = 4400;
const origin = `http://127.0.0.1:${port}`;
const pages = { story: `${origin}${base}/`, methods: `${origin}${base}/methods/` };
const chromePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path)) ?? chromium.executablePath();
const chromeFlags = ['--headless=new', ...chromiumFlags];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const results = [];
const report = (name, value, target, ok) => results.push({ name, value, target, ok });

// 1. Build time.
const started = performance.now();
const build = spawnSync('npx', ['astro', 'build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) throw new Error('astro build failed');
report('build time', `${((performance.now() - started) / 1000).toFixed(1)} s`, '—', true);

const server = await serveDist({ base, port });
const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags.filter((flag) => !flag.startsWith('--headless')) });

// 2. Transfer and JavaScript, on load and after reading the whole page.
async function transfer(url, { scroll }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  const responses = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    responses.push({ url: request.url(), type: request.resourceType(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const onLoad = [...responses];
  if (scroll) {
    for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(60);
    }
    await page.waitForLoadState('networkidle');
  }
  await context.close();
  const sum = (list, type) => list.filter((entry) => !type || entry.type === type).reduce((total, entry) => total + entry.bytes, 0);
  return { load: sum(onLoad), loadJs: sum(onLoad, 'script'), all: sum(responses), allJs: sum(responses, 'script') };
}
for (const [name, url] of Object.entries(pages)) {
  const sizes = await transfer(url, { scroll: name === 'story' });
  report(`${name}: JS on load (gzip)`, kb(sizes.loadJs), '≤ 30 KB', sizes.loadJs <= 30 * 1024);
  // Chart code loads chapter by chapter as the reader approaches; this is everything, for the record.
  if (name === 'story') report(`${name}: JS after reading to the end (gzip)`, kb(sizes.allJs), '— (lazy)', true);
  report(`${name}: total transfer on load (gzip, with fonts)`, kb(sizes.load), '≤ 250 KB', sizes.load <= 250 * 1024);
  if (name === 'story') report(`${name}: total transfer after reading to the end`, kb(sizes.all), '—', true);
}

// 3. Long tasks while scrolling the whole story at 4× CPU slowdown.
{
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  await page.goto(pages.story, { waitUntil: 'networkidle' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => (window.longTasks.length = 0));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 120) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(1500);
  const tasks = await page.evaluate(() => window.longTasks);
  const slowest = await page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((entry) => entry.name.startsWith('chart '))
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 3)
      .map((entry) => `${entry.name} ${entry.duration.toFixed(0)} ms`),
  );
  console.log(`  slowest chart renders at 4× CPU: ${slowest.join('; ')}`);
  await context.close();
  report(
    'long tasks ≥ 50 ms while scrolling (4× CPU)',
    `${tasks.length}${tasks.length ? ` (longest ${Math.max(...tasks).toFixed(0)} ms)` : ''}`,
    '0',
    tasks.length === 0,
  );
}
await browser.close();

// 4. Lighthouse, mobile (default) and desktop, against the same Chromium.
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
for (const [form, config] of [
  ['mobile', undefined],
  ['desktop', desktopConfig],
]) {
  const { lhr } = await lighthouse(pages.story, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
  const score = (category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const cls = lhr.audits['cumulative-layout-shift'].numericValue;
  report(
    `Lighthouse ${form}: performance`,
    score('performance'),
    form === 'mobile' ? '≥ 98' : '—',
    form !== 'mobile' || score('performance') >= 98,
  );
  report(`Lighthouse ${form}: accessibility`, score('accessibility'), '100', score('accessibility') === 100);
  report(`Lighthouse ${form}: best practices`, score('best-practices'), '100', score('best-practices') === 100);
  report(`Lighthouse ${form}: SEO`, score('seo'), '100', score('seo') === 100);
  report(`Lighthouse ${form}: CLS`, cls.toFixed(3), '0', cls === 0);
  report(`Lighthouse ${form}: LCP`, `${(lhr.audits['largest-contentful-paint'].numericValue / 1000).toFixed(2)} s`, '—', true);
  const failing = Object.values(lhr.audits).filter(
    (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
  );
  if (failing.length) console.log(`  ${form}: audits not passed: ${failing.map((audit) => audit.id).join(', ')}`);
}
chrome.kill();
server.close();

const width = Math.max(...results.map((result) => result.name.length));
console.log('\nBenchmark (measured now, on this machine)\n');
for (const { name, value, target, ok } of results)
  console.log(`${ok ? '  ok ' : ' MISS'}  ${name.padEnd(width)}  ${String(value).padStart(16)}   target ${target}`);
