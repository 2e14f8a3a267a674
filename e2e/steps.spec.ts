// Every scrolly section: scrolling down and up through its steps, and a deep link to each step, all
// land on the declared chart state with the text alternative computed from the data — and a deep
// link opens on the very drawing a reader scrolling there sees (a state reached by a transition must
// not keep anything of the state before it). Runs at desktop size; the layout project walks every
// state at eight screen sizes, phones included.
import { expect, expectChartState, figureOf, scrollToStep, test } from './fixtures';
import { editions, scrollies, scrolliesIn } from './scrollies';

type Page = import('@playwright/test').Page;

test('the page has exactly the scrolly sections under test, in order', async ({ page }) => {
  await page.goto('');
  const ids = await page.locator('[data-scrolly]').evaluateAll((sections) => sections.map((section) => section.id));
  expect(ids).toEqual(scrollies.map((scrolly) => scrolly.id));
});

/** The chart's drawing as markup: its layers (not the inspector's), without the runtime's fade styles, attributes sorted. */
const drawing = (page: Page, id: string) =>
  figureOf(page, id)
    .locator('svg.is-live')
    .evaluate((svg) =>
      [...svg.querySelectorAll(':scope > g[data-layer]:not([data-layer="inspect"])')]
        .map((group) => {
          const copy = group.cloneNode(true) as Element;
          for (const element of copy.querySelectorAll('*')) {
            element.removeAttribute('style');
            // Attribute order is not part of the picture: a kept mark gets back one it lost at its end.
            const attributes = [...element.attributes]
              .map(({ name, value }) => [name, value] as const)
              .sort(([a], [b]) => a.localeCompare(b));
            for (const [name] of attributes) element.removeAttribute(name);
            for (const [name, value] of attributes) element.setAttribute(name, value);
          }
          return copy.outerHTML;
        })
        .join('\n'),
    );

/** Opens the page at a deep link as a fresh load (a hash-only change would not reload). */
async function openFresh(page: Page, url: string) {
  await page.goto('about:blank');
  await page.goto(url);
}

for (const scrolly of scrollies) {
  const liveDesc = (page: Page) => figureOf(page, scrolly.id).locator('svg.is-live desc');

  test(`scrolly #${scrolly.id}: scrolling down and back up reaches every state, and each deep link opens on the same drawing`, async ({
    page,
  }) => {
    test.slow();
    const scrolled = new Map<string, string>();
    await page.goto('');
    for (const state of scrolly.states) {
      await scrollToStep(page, `${scrolly.id}-${state}`);
      await expectChartState(page, scrolly.id, state);
      await expect(liveDesc(page)).toHaveText(scrolly.describe(state));
      await expect(page.locator(`#${scrolly.id}-${state}`)).toHaveClass(/is-active/);
      scrolled.set(state, await drawing(page, scrolly.id));
    }
    for (const [index, state] of [...scrolly.states.entries()].reverse()) {
      await scrollToStep(page, `${scrolly.id}-${state}`);
      await expectChartState(page, scrolly.id, state);
      // The first state was the server's drawing, adopted as drawn for a frame up to a few px taller;
      // coming back to it redraws it for the frame's real size, so only the later ones must match.
      if (index > 0) expect(await drawing(page, scrolly.id), `${state}, scrolled back up to`).toBe(scrolled.get(state));
    }
    for (const state of scrolly.states) {
      await openFresh(page, `#${scrolly.id}-${state}`);
      await expectChartState(page, scrolly.id, state);
      await expect(liveDesc(page)).toHaveText(scrolly.describe(state));
      expect(await drawing(page, scrolly.id), `${state}, opened by its deep link`).toBe(scrolled.get(state));
    }
  });
}

// The French edition: the same steps reach the same states, with French text alternatives.
for (const scrolly of scrolliesIn('fr')) {
  const liveDesc = (page: Page) => figureOf(page, scrolly.id).locator('svg.is-live desc');

  test(`édition française, #${scrolly.id}: every step reaches its state, scrolling down and by deep link`, async ({ page }) => {
    await page.goto(editions[1].path);
    for (const state of scrolly.states) {
      await scrollToStep(page, `${scrolly.id}-${state}`);
      await expectChartState(page, scrolly.id, state);
      await expect(liveDesc(page)).toHaveText(scrolly.describe(state));
    }
    const last = scrolly.states.at(-1)!;
    await openFresh(page, `${editions[1].path}#${scrolly.id}-${last}`);
    await expectChartState(page, scrolly.id, last);
  });
}
