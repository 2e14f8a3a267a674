// Whole-page checks: layout, ids, and the story read with JavaScript switched off.
import { expect, figureOf, test } from './fixtures';
import { scrollies } from './scrollies';

test('the page never scrolls sideways', async ({ page }) => {
  await page.goto('');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});

test('every id in the page is unique', async ({ request }) => {
  const html = await (await request.get('')).text();
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  expect(repeated).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every chart is drawn in the HTML and every step is readable', async ({ page }) => {
    await page.goto('');
    for (const scrolly of scrollies) {
      const svg = figureOf(page, scrolly.id).locator('svg:visible');
      await expect(svg, `#${scrolly.id}`).toHaveCount(1);
      await expect(svg.locator('desc')).toHaveText(scrolly.describe(scrolly.states[0]!));
      expect(await svg.locator('[data-key]').count(), `#${scrolly.id} marks`).toBeGreaterThan(10);
      for (const state of scrolly.states) {
        const step = page.locator(`#${scrolly.id}-${state}`);
        await step.scrollIntoViewIfNeeded();
        await expect(step).toBeVisible();
        await expect(step).not.toBeEmpty();
      }
    }
  });
});
