// Deterministic size budgets on the production build (bytes, not timings): the JavaScript a reader
// downloads on load and over the whole story, and the page's first transfer with its fonts.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';
import { jsBudget } from '../scripts/budget.mjs';
import { compileHint } from '../src/integrations/compileHints';

const dist = 'dist';
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).byteLength;
const kb = 1024;

/** An entry chunk and every chunk it imports statically (not the lazy `import()` ones). */
function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g))
    staticGraph(join(dist, '_astro', match[1]!), seen);
  return seen;
}

function pageAssets(html: string) {
  const scripts = [...html.matchAll(/<script type="module" src="[^"]*\/_astro\/([^"]+)"/g)].map((match) => join(dist, '_astro', match[1]!));
  const styles = [...html.matchAll(/<link rel="stylesheet" href="[^"]*\/_astro\/([^"]+)"/g)].map((match) =>
    join(dist, '_astro', match[1]!),
  );
  // The faces a reader of the story downloads: every @font-face without a unicode-range, or with
  // one that covers basic Latin (the other subsets of the variable face load only for other scripts).
  const fonts = [...html.matchAll(/@font-face\{([^}]*)\}/g)]
    .map((match) => match[1]!)
    .filter((face) => !face.includes('unicode-range') || /unicode-range:\s*U\+(0000-00FF|\?\?)/.test(face))
    .map((face) => join(dist, '_astro', /\/_astro\/([^)"']+\.woff2)/.exec(face)![1]!));
  return { scripts, styles, fonts };
}

// Runs in the desktop project only (see playwright.config.ts): sizes do not depend on the viewport.
test.describe('size budgets', () => {
  test(`story page on a phone: JavaScript on load ≤ ${jsBudget.onLoadKb} KB gzip, after reading to the end ≤ ${jsBudget.wholeStoryKb} KB`, async ({
    page,
  }, testInfo) => {
    // What the browser fetches, each file counted at its gzip size: on load, then after every chart
    // section of the English story has been scrolled to and its chart has gone live.
    await page.setViewportSize({ width: 390, height: 844 });
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('.js')) fetched.push(join(dist, '_astro', path.split('/_astro/')[1]!));
    });
    const bytes = (files: readonly string[]) => [...new Set(files)].reduce((sum, file) => sum + gz(file), 0);
    await page.goto('');
    const onLoad = bytes(fetched);
    const sections = page.locator('[data-scrolly]');
    expect(await sections.count()).toBeGreaterThan(5);
    for (const section of await sections.all()) {
      await section.scrollIntoViewIfNeeded();
      await expect(section.locator('[data-chart-figure]')).toHaveAttribute('data-live', 'true');
    }
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const whole = bytes(fetched);
    testInfo.annotations.push({ type: 'bytes', description: `on load ${onLoad}, after reading to the end ${whole}` });
    expect(onLoad).toBeGreaterThan(0);
    expect(onLoad).toBeLessThanOrEqual(jsBudget.onLoadKb * kb);
    expect(whole).toBeLessThanOrEqual(jsBudget.wholeStoryKb * kb);
  });

  test('story page: HTML, CSS, fonts and JavaScript on load ≤ 250 KB gzip', ({}, testInfo) => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const { scripts, styles, fonts } = pageAssets(html);
    const js = [...staticGraph(scripts[0]!)].reduce((sum, file) => sum + gz(file), 0);
    const total =
      gz(join(dist, 'index.html')) +
      styles.reduce((sum, file) => sum + gz(file), 0) +
      fonts.reduce((sum, file) => sum + readFileSync(file).byteLength, 0) +
      js;
    testInfo.annotations.push({ type: 'bytes', description: `first transfer ${total}` });
    expect(fonts.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(250 * kb);
  });

  test("every script the site ships opens with V8's compile hint, so Chrome compiles it off the main thread", () => {
    const chunks = readdirSync(join(dist, '_astro')).filter((file) => file.endsWith('.js'));
    // The entry, the charts' code and static reading's wide pictures at least.
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    const unhinted = chunks.filter((file) => !readFileSync(join(dist, '_astro', file), 'utf8').startsWith(`${compileHint}\n`));
    expect(unhinted).toEqual([]);
  });

  test('the methods page ships no JavaScript', () => {
    expect(pageAssets(readFileSync(join(dist, 'methods', 'index.html'), 'utf8')).scripts).toEqual([]);
  });
});
