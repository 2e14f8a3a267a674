// What the page opens over itself lies inside the screen, at the layout test's eight sizes, in both
// editions and both themes: the chapter menu (its last item, "Methods and sources", reachable by
// scrolling the list itself) and a chart's tooltip at its first and last mark. The page not
// overflowing says nothing about overlays: the menu once opened leftward off every upright phone.
import type { Locator, Page } from '@playwright/test';
import { expect, expectChartState, test, webFontsIn } from './fixtures';
import { layoutViewports } from './viewports';
import { editions } from './scrollies';

/** How far a box sticks out of the screen on each side (0 when it is inside). */
async function outside(page: Page, locator: Locator) {
  const box = (await locator.boundingBox())!;
  const { width, height } = page.viewportSize()!;
  return {
    left: Math.max(0, -Math.round(box.x)),
    top: Math.max(0, -Math.round(box.y)),
    right: Math.max(0, Math.round(box.x + box.width - width)),
    bottom: Math.max(0, Math.round(box.y + box.height - height)),
  };
}
const inside = { left: 0, top: 0, right: 0, bottom: 0 };

test.use({ reducedMotion: 'reduce' });

for (const viewport of layoutViewports) {
  for (const { locale, path } of editions) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const name = `${viewport.width}×${viewport.height} ${locale} ${colorScheme}`;
      test.describe(name, () => {
        test.use({ viewport, colorScheme });

        test(`the chapter menu opens inside the screen and its last item can be reached (${name})`, async ({ page }) => {
          await page.goto(path);
          await webFontsIn(page);
          const menu = page.locator('[data-chapter-menu]');
          await menu.locator('summary').click();
          const list = menu.locator('ol');
          await expect(list).toBeVisible();
          expect(await outside(page, list), 'the open list').toEqual(inside);
          const last = list.locator('li').last().locator('a');
          await last.scrollIntoViewIfNeeded();
          expect(await outside(page, last), 'its last item').toEqual(inside);
          // Nothing lies over the last item: a tap there lands on it.
          const box = (await last.boundingBox())!;
          const hit = await page.evaluate(
            ([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.getAttribute('href'),
            [box.x + box.width / 2, box.y + box.height / 2],
          );
          expect(hit).toBe(await last.getAttribute('href'));
          // The list is opaque in both themes: the page does not show through it.
          const background = await list.evaluate((element) => getComputedStyle(element).backgroundColor);
          expect(background).not.toMatch(/rgba\(.*, 0\)|transparent/);
        });

        test(`a chart's tooltip stays inside the screen (${name})`, async ({ page }) => {
          await page.goto(`${path}#market-value-climb`);
          await webFontsIn(page);
          await expectChartState(page, 'market-value', 'climb');
          const frame = page.locator('#market-value [data-chart-frame]');
          const tip = page.locator('#market-value .chart-tip');
          await frame.focus();
          for (const key of ['Home', 'End']) {
            await page.keyboard.press(key);
            await expect(tip).toBeVisible();
            expect(await outside(page, tip), `the tooltip after ${key}`).toEqual(inside);
          }
        });
      });
    }
  }
}
