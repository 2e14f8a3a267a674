// Performance benchmark (not part of the test suite's pass/fail). Builds the site and a baseline
// (the previous commit, or any git ref), serves both with gzip under the base path as GitHub Pages
// does, and measures them in alternation: Lighthouse mobile (5 runs each) and a scroll probe through
// the whole story at 4× CPU (3 runs each). Prints median and min–max for every figure, the ratio to
// the baseline measured in the same run, and marks a target met only by its median.
//
//   npm run bench                        baseline: HEAD if the working tree has changes, else HEAD~1
//   npm run bench -- --baseline=abc123   any git ref; --baseline=none measures the current build only
//   npm run bench -- --runs=7 --probes=5
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { chromiumFlags } from './chromiumFlags.mjs';
import { serveDist } from './serveDist.mjs';
import { jsBudget } from './budget.mjs';

const option = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const lighthouseRuns = Number(option('runs', 5));
const probeRuns = Number(option('probes', 3));
const base = process.env.BASE_PATH ?? '/deepseek-selloff';
const chromePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path)) ?? chromium.executablePath();
const chromeFlags = ['--headless=new', ...chromiumFlags];
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();

function build(cwd) {
  const started = performance.now();
  const result = spawnSync('npx', ['astro', 'build'], { cwd, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`astro build failed in ${cwd}`);
  return (performance.now() - started) / 1000;
}

// 1. The two builds.
const buildSeconds = build(process.cwd());
const targets = [{ label: 'current', dir: 'dist', port: 4410 }];
let baselineRef = option('baseline', git('status', '--porcelain', '--untracked-files=no') ? 'HEAD' : 'HEAD~1');
if (baselineRef !== 'none') {
  const sha = git('rev-parse', '--short', baselineRef);
  // A worktree of the baseline commit, kept between runs (its build is reused).
  const tree = resolve('node_modules/.cache/bench', sha);
  if (!existsSync(join(tree, 'dist', 'index.html'))) {
    rmSync(tree, { recursive: true, force: true });
    spawnSync('git', ['worktree', 'prune']);
    mkdirSync(resolve('node_modules/.cache/bench'), { recursive: true });
    git('worktree', 'add', '--detach', tree, sha);
    symlinkSync(resolve('node_modules'), join(tree, 'node_modules'));
    build(tree);
  }
  baselineRef = `${baselineRef} (${sha})`;
  targets.push({ label: 'baseline', dir: join(tree, 'dist'), port: 4411 });
}
const servers = await Promise.all(targets.map(({ dir, port }) => serveDist({ dir, base, port })));
const story = (target) => `http://127.0.0.1:${target.port}${base}/`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
/** figure name → target label → measured values (one per run). */
const figures = new Map();
const record = (name, target, value) => {
  if (!figures.has(name)) figures.set(name, new Map());
  const byTarget = figures.get(name);
  byTarget.set(target.label, [...(byTarget.get(target.label) ?? []), value]);
};

// 2. Bytes on load and after reading to the end (deterministic: one run each).
const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags.filter((flag) => !flag.startsWith('--headless')) });
for (const target of targets) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  const responses = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    responses.push({
      type: request.resourceType(),
      body: sizes.responseBodySize,
      bytes: sizes.responseBodySize + sizes.responseHeadersSize,
    });
  });
  await page.goto(story(target), { waitUntil: 'networkidle' });
  const onLoad = [...responses];
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(60);
  }
  await page.waitForLoadState('networkidle');
  // JavaScript as the budget counts it (gzip bodies); transfer with headers, as a reader downloads it.
  const sum = (list, type, field = 'bytes') =>
    list.filter((entry) => !type || entry.type === type).reduce((total, entry) => total + entry[field], 0) / 1024;
  record('JS on load (KB gzip)', target, sum(onLoad, 'script', 'body'));
  record('transfer on load, with fonts (KB gzip)', target, sum(onLoad));
  record('JS after reading to the end (KB gzip)', target, sum(responses, 'script', 'body'));
  record('HTML (KB gzip)', target, sum(onLoad, 'document', 'body'));
  await context.close();
}

// 3. Scroll probe: wheel through the whole story at 4× CPU on a phone; long tasks and chart renders.
async function scrollProbe(target) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  await page.goto(story(target), { waitUntil: 'networkidle' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => {
    window.longTasks.length = 0;
    performance.clearMeasures();
  });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 120) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(1500);
  const { tasks, renders } = await page.evaluate(() => ({
    tasks: window.longTasks,
    renders: performance
      .getEntriesByType('measure')
      .filter((entry) => entry.name.startsWith('chart '))
      .map((entry) => ({ name: entry.name, duration: entry.duration })),
  }));
  await context.close();
  record('scroll 4× CPU: long tasks ≥ 50 ms', target, tasks.length);
  record('scroll 4× CPU: longest task (ms)', target, tasks.length ? Math.max(...tasks) : 0);
  record(
    'scroll 4× CPU: blocking time over 50 ms (ms)',
    target,
    tasks.reduce((sum, task) => sum + Math.max(0, task - 50), 0),
  );
  // A state change is measured as two tasks since the scene is computed apart from its drawing
  // ("chart <name> <state>: scene" and "…: draw"); older builds measured one ("chart <name> <state>").
  // Work done ahead in idle time ("…: scene ahead", "…: paths ahead") is not part of a state change:
  // it is reported on its own line.
  const isAhead = (entry) => / ahead$/.test(entry.name);
  const stateChanges = renders.filter((entry) => !isAhead(entry));
  record('scroll 4× CPU: chart renders', target, stateChanges.filter((entry) => !entry.name.endsWith(': scene')).length);
  const slowestOf = (entries) => entries.reduce((worst, entry) => (entry.duration > (worst?.duration ?? -1) ? entry : worst), undefined);
  const slowest = slowestOf(stateChanges);
  record('scroll 4× CPU: slowest state-change task (ms)', target, slowest?.duration ?? 0);
  record('scroll 4× CPU: slowest task done ahead, idle (ms)', target, slowestOf(renders.filter(isAhead))?.duration ?? 0);
  return slowest ? `${slowest.name} ${slowest.duration.toFixed(0)} ms` : 'no renders';
}
// Each pair of runs swaps which build goes first, so neither always runs on the machine the other
// has just warmed (or just loaded).
const inTurn = (run) => (run % 2 === 0 ? targets : [...targets].reverse());
for (let run = 0; run < probeRuns; run++)
  for (const target of inTurn(run))
    console.log(`  scroll probe ${run + 1}/${probeRuns} ${target.label}: slowest ${await scrollProbe(target)}`);
await browser.close();

// 4. Lighthouse mobile (its default: Moto G class phone, 4× CPU, slow 4G), alternating the builds.
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
const categories = new Map();
for (let run = 0; run < lighthouseRuns; run++) {
  for (const target of inTurn(run)) {
    const { lhr } = await lighthouse(story(target), { port: chrome.port, output: 'json', logLevel: 'error' });
    const audit = (id) => lhr.audits[id].numericValue;
    record('Lighthouse mobile: performance', target, Math.round(lhr.categories.performance.score * 100));
    record('Lighthouse mobile: TBT (ms)', target, audit('total-blocking-time'));
    record('Lighthouse mobile: LCP (s)', target, audit('largest-contentful-paint') / 1000);
    record('Lighthouse mobile: FCP (s)', target, audit('first-contentful-paint') / 1000);
    record('Lighthouse mobile: CLS', target, audit('cumulative-layout-shift'));
    record('Lighthouse mobile: main-thread work (s)', target, audit('mainthread-work-breakdown') / 1000);
    for (const id of ['accessibility', 'best-practices', 'seo'])
      categories.set(`${target.label} ${id}`, Math.round((lhr.categories[id]?.score ?? 0) * 100));
    if (run === 0)
      console.log(
        `  Lighthouse ${target.label}: LCP element ${lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector ?? '?'}`,
      );
    console.log(`  Lighthouse ${run + 1}/${lighthouseRuns} ${target.label}: ${Math.round(lhr.categories.performance.score * 100)}`);
  }
}
chrome.kill();
for (const server of servers) server.close();

// 5. The table. Targets from the issues this project answers to (the latest, #29, where it set one); met only by the median.
const targetsByFigure = {
  'JS on load (KB gzip)': (value) => [value <= jsBudget.onLoadKb, `≤ ${jsBudget.onLoadKb}`],
  'JS after reading to the end (KB gzip)': (value) => [value <= jsBudget.wholeStoryKb, `≤ ${jsBudget.wholeStoryKb}`],
  'transfer on load, with fonts (KB gzip)': (value) => [value <= 250, '≤ 250'],
  'scroll 4× CPU: long tasks ≥ 50 ms': (value) => [value === 0, '0'],
  'scroll 4× CPU: slowest state-change task (ms)': (value) => [value < 50, '< 50'],
  'Lighthouse mobile: performance': (value) => [value >= 99, '≥ 99'],
  'Lighthouse mobile: TBT (ms)': (value) => [value <= 30, '≤ 30'],
  'Lighthouse mobile: LCP (s)': (value) => [value <= 1.4, '≤ 1.4'],
  'Lighthouse mobile: CLS': (value) => [value < 0.005, '< 0.005'],
};
const show = (value) =>
  Number.isInteger(value) ? String(value) : value >= 100 ? value.toFixed(0) : value.toFixed(value >= 10 ? 1 : value >= 0.1 ? 2 : 4);
const cell = (values) =>
  values
    ? values.length === 1
      ? show(values[0])
      : `${show(median(values))} (${show(Math.min(...values))}–${show(Math.max(...values))})`
    : '—';
const rows = [...figures].map(([name, byTarget]) => {
  const current = byTarget.get('current');
  const baseline = byTarget.get('baseline');
  const ratio = baseline && median(baseline) !== 0 ? `×${(median(current) / median(baseline)).toFixed(2)}` : '';
  const [ok, target] = targetsByFigure[name]?.(median(current)) ?? [undefined, '—'];
  return { name, current: cell(current), baseline: cell(baseline), ratio, target, mark: ok === undefined ? '    ' : ok ? ' ok ' : 'MISS' };
});
const width = (key) => Math.max(key.length, ...rows.map((row) => row[key].length));
console.log(`\nBenchmark: median (min–max) of ${lighthouseRuns} Lighthouse runs and ${probeRuns} scroll probes per build, on this machine`);
console.log(`current: working tree, built in ${buildSeconds.toFixed(1)} s; baseline: ${baselineRef}\n`);
console.log(
  `      ${'figure'.padEnd(width('name'))}  ${'current'.padStart(width('current'))}  ${'baseline'.padStart(width('baseline'))}  ratio  target`,
);
for (const row of rows)
  console.log(
    `${row.mark}  ${row.name.padEnd(width('name'))}  ${row.current.padStart(width('current'))}  ${row.baseline.padStart(width('baseline'))}  ${row.ratio.padStart(5)}  ${row.target}`,
  );
console.log(`\nLighthouse categories (last run): ${[...categories].map(([name, score]) => `${name} ${score}`).join(', ')}`);
