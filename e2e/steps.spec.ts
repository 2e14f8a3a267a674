// Every scrolly section: scrolling down and up through its steps, and a deep link to each step, all
// land on the declared chart state with the text alternative computed from the data.
import { expect, expectChartState, figureOf, scrollToStep, test } from './fixtures';
import { editions, scrollies, scrolliesIn } from './scrollies';

test('the page has exactly the scrolly sections under test, in order', async ({ page }) => {
  await page.goto('');
  const ids = await page.locator('[data-scrolly]').evaluateAll((sections) => sections.map((section) => section.id));
  expect(ids).toEqual(scrollies.map((scrolly) => scrolly.id));
});

for (const scrolly of scrollies) {
  const liveDesc = (page: import('@playwright/test').Page) => figureOf(page, scrolly.id).locator('svg.is-live desc');

  test.describe(`scrolly #${scrolly.id}`, () => {
    test('scrolling down through every step reaches each declared state', async ({ page }) => {
      await page.goto('');
      for (const state of scrolly.states) {
        await scrollToStep(page, `${scrolly.id}-${state}`);
        await expectChartState(page, scrolly.id, state);
        await expect(liveDesc(page)).toHaveText(scrolly.describe(state));
        await expect(page.locator(`#${scrolly.id}-${state}`)).toHaveClass(/is-active/);
      }
    });

    test('scrolling back up through every step reaches each state again', async ({ page }) => {
      const last = scrolly.states.at(-1)!;
      await page.goto(`#${scrolly.id}-${last}`);
      await expectChartState(page, scrolly.id, last);
      for (const state of [...scrolly.states].reverse()) {
        await scrollToStep(page, `${scrolly.id}-${state}`);
        await expectChartState(page, scrolly.id, state);
      }
    });

    test('a deep link to each step opens on that state', async ({ page }) => {
      for (const state of scrolly.states) {
        await page.goto(`#${scrolly.id}-${state}`);
        await page.reload();
        await expectChartState(page, scrolly.id, state);
        await expect(liveDesc(page)).toHaveText(scrolly.describe(state));
      }
    });
  });
}

// The French edition: the same steps reach the same states, with French text alternatives.
for (const scrolly of scrolliesIn('fr')) {
  const liveDesc = (page: import('@playwright/test').Page) => figureOf(page, scrolly.id).locator('svg.is-live desc');

  test.describe(`édition française, #${scrolly.id}`, () => {
    test('every step reaches its state, scrolling down and by deep link', async ({ page }) => {
      await page.goto(editions[1].path);
      for (const state of scrolly.states) {
        await scrollToStep(page, `${scrolly.id}-${state}`);
        await expectChartState(page, scrolly.id, state);
        await expect(liveDesc(page)).toHaveText(scrolly.describe(state));
      }
      const last = scrolly.states.at(-1)!;
      await page.goto(`${editions[1].path}#${scrolly.id}-${last}`);
      await page.reload();
      await expectChartState(page, scrolly.id, last);
    });
  });
}
