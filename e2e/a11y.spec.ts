// WCAG 2.2 AA checks with axe-core: the story at the top, the static reading, the methods page and
// the dark theme at phone and desktop sizes, and every step state at desktop size. Zero violations allowed.
import axe from 'axe-core';
import { expect, expectChartState, test } from './fixtures';
import { scrollies } from './scrollies';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Axe on the whole page, or only on the elements `within` selects. Axe is put in the page once per
 * load and run there directly (a wrapper that injects it again for every run took twice as long).
 */
async function violations(page: import('@playwright/test').Page, within: readonly string[] = []) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async ({ within, tags }) => {
      const { axe: inPage } = window as unknown as { axe: typeof import('axe-core') };
      const context = within.length > 0 ? { include: within.map((selector) => [selector]) } : document;
      const results = await inPage.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    },
    { within, tags },
  );
}

test.use({ reducedMotion: 'reduce' });

test('the story page has no violations at the top', async ({ page }) => {
  await page.goto('');
  expect(await violations(page)).toEqual([]);
});

// The states' own markup (the figure, the active step) is the same at every size; the whole page is
// checked at phone size too, at the top, in static reading and in the dark theme.
test.describe('each section, state by state', () => {
  test.skip(({ isMobile }) => isMobile, 'checked once, at desktop size');
  for (const scrolly of scrollies) sectionWalk(scrolly);
});

function sectionWalk(scrolly: (typeof scrollies)[number]) {
  test(`#${scrolly.id}: no violations in any step state`, async ({ page }) => {
    // What a state changes: the chart's figure and the active step. The rest of the page is the same
    // whatever the state: each edition is checked whole once (above and below), not once per section
    // (a whole-page run costs 2–4 s here).
    test.slow();
    await page.goto(`#${scrolly.id}-${scrolly.states[0]}`);
    for (const state of scrolly.states) {
      await page.locator(`#${scrolly.id}-${state}`).scrollIntoViewIfNeeded();
      await page.evaluate(
        (id) => document.getElementById(id)?.scrollIntoView({ block: 'start', behavior: 'instant' }),
        `${scrolly.id}-${state}`,
      );
      await expectChartState(page, scrolly.id, state);
      expect(await violations(page, [`#${scrolly.id} [data-chart-figure]`, `#${scrolly.id}-${state}`]), `${scrolly.id} ${state}`).toEqual(
        [],
      );
    }
  });
}

test('reading as static has no violations', async ({ page }) => {
  await page.goto('');
  await page.locator('[data-mode-toggle]').click();
  expect(await violations(page)).toEqual([]);
});

for (const path of ['methods/', 'fr/', 'fr/methods/', 'fr/share/nvidia/', '404.html']) {
  test(`${path} has no violations`, async ({ page }) => {
    await page.goto(path);
    if (path.includes('share/')) await page.waitForURL(/#nvidia$/);
    expect(await violations(page)).toEqual([]);
  });
}

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('has no violations, including colour contrast', async ({ page }) => {
    await page.goto('#market-value-monday');
    await expectChartState(page, 'market-value', 'monday');
    expect(await violations(page)).toEqual([]);
  });
});
