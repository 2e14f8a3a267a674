// Whole-page checks: layout, ids, and the story read with JavaScript switched off.
import { expect, sidewaysOverflow, test } from './fixtures';
import { scrollies } from './scrollies';

test('no page scrolls sideways', async ({ page }) => {
  for (const path of ['', 'fr/', 'methods/', 'fr/methods/']) {
    await page.goto(path);
    expect(await sidewaysOverflow(page), path || 'story').toBe(0);
  }
});

test('no word runs into a link (markup whitespace survives the build)', async ({ page }) => {
  for (const path of ['', 'fr/', 'methods/', 'fr/methods/']) {
    await page.goto(path);
    const glued = await page.evaluate(() =>
      [...document.querySelectorAll('a')].flatMap((link) => {
        const before = link.previousSibling?.nodeType === Node.TEXT_NODE ? (link.previousSibling.textContent ?? '') : '';
        return /\p{L}$/u.test(before) ? [`…${before.slice(-24)}|${link.textContent}`] : [];
      }),
    );
    expect(glued, path || 'story').toEqual([]);
  }
});

test('every id in the page is unique', async ({ request }) => {
  const html = await (await request.get('')).text();
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  expect(repeated).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every step shows its own state as a static chart, and its text', async ({ page }) => {
    test.slow(); // walks every step of every chapter in one test
    await page.goto('');
    for (const scrolly of scrollies) {
      // The sticky graphic would be stuck on its first state without a script: it gives way to the static pictures.
      await expect(page.locator(`#${scrolly.id} .scrolly__graphic`)).toBeHidden();
      for (const state of scrolly.states) {
        const step = page.locator(`#${scrolly.id}-${state}`);
        await step.scrollIntoViewIfNeeded();
        await expect(step).toBeVisible();
        const svg = step.locator('.step__static svg');
        await expect(svg).toBeVisible();
        await expect(svg.locator('desc')).toHaveText(scrolly.describe(state));
        expect(await svg.locator('[data-key]').count(), `#${scrolly.id}-${state} marks`).toBeGreaterThan(10);
      }
    }
  });
});
