// The two editions: languages marked up, the switch between them keeping the reader's place, and
// locale formatting on the page.
import type { Locator, Page } from '@playwright/test';
import { expect, expectChartState, scrollToStep, test } from './fixtures';

/** A mouse click where the element is, as a reader makes it. (Locator.click first scrolls the sticky
 * bar "into view", which moves the page and, rightly, the place the link points to.) */
async function clickWhereItIs(page: Page, element: Locator) {
  const box = await element.boundingBox();
  if (!box) throw new Error('element is not visible');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

test('each edition declares its language', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await page.goto('fr/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Le choc DeepSeek');
});

test('the language switch lands on the same step in the other language', async ({ page }) => {
  await page.goto('');
  await scrollToStep(page, 'market-value-records');
  await expectChartState(page, 'market-value', 'records');
  const toFrench = page.locator('[data-lang-switch]');
  await expect(toFrench).toHaveAttribute('href', /\/fr\/#market-value-records$/);
  await clickWhereItIs(page, toFrench);
  await expect(page).toHaveURL(/\/fr\/#market-value-records$/);
  await expectChartState(page, 'market-value', 'records');
  await expect(page.locator('#market-value-records')).toBeInViewport();

  await scrollToStep(page, 'world-tokyoTuesday');
  await expectChartState(page, 'world', 'tokyoTuesday');
  await clickWhereItIs(page, page.locator('[data-lang-switch]'));
  await expect(page).toHaveURL(/\/deepseek-selloff\/#world-tokyoTuesday$/);
  await expectChartState(page, 'world', 'tokyoTuesday');
});

test('the language switch follows the step a reader has just scrolled to, its top just past the trigger line', async ({ page }) => {
  await page.goto('');
  for (const step of ['world-europeMonday', 'world-newYorkMonday']) {
    await page.evaluate((id) => {
      const element = document.getElementById(id)!;
      window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.58, behavior: 'instant' });
    }, step);
    await expectChartState(page, 'world', step.slice('world-'.length));
    await expect(page.locator('[data-lang-switch]')).toHaveAttribute('href', new RegExp(`/fr/#${step}$`));
  }
  await clickWhereItIs(page, page.locator('[data-lang-switch]'));
  await expect(page).toHaveURL(/\/fr\/#world-newYorkMonday$/);
  await expectChartState(page, 'world', 'newYorkMonday');
});

test('the French edition formats numbers, money and dates the French way', async ({ page }) => {
  await page.goto('fr/#market-value-monday');
  await expectChartState(page, 'market-value', 'monday');
  const step = page.locator('#market-value-monday');
  await expect(step.locator('[data-fact="nvidia.monday.fall"]')).toHaveText('17,0\u202f%');
  await expect(step.locator('[data-fact="nvidia.monday.close"]')).toHaveText('118,42\u00a0$');
  await expect(step.locator('[data-fact="nvidia.monday.loss"]')).toHaveText('593\u00a0milliards de dollars');
  await expect(page.locator('#timeline-v3 [data-fact="event.v3.date"]')).toHaveText('26 décembre 2024');
  // The chart speaks French too: its axis and labels.
  const svg = page.locator('#market-value svg.is-live');
  await expect(svg.locator('text', { hasText: /^Lundi$/ })).toHaveCount(1);
  await expect(svg.locator('text', { hasText: 'janv.' }).first()).toBeVisible();
});

test('quotes in the French edition are translated, with the original kept', async ({ page }) => {
  await page.goto('fr/');
  const quote = page.locator('figure[data-quote="jacobsen"]');
  await expect(quote.locator('blockquote')).toContainText('meilleure souricière');
  await expect(quote.locator('[lang="en"]')).toContainText('better mousetrap');
});
