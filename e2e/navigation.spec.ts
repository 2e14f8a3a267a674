// The chapter menu, the switch to static reading and the reading-progress bar.
import { chapterFiles } from './chapters';
import { expect, expectChartState, test } from './fixtures';

test('the chapter menu lists every chapter in story order and each link lands on its chapter', async ({ page }) => {
  await page.goto('');
  const chapters = chapterFiles();
  const ids = await page.locator('main > article.chapter').evaluateAll((articles) => articles.map((article) => article.id));
  expect(ids).toEqual(chapters.map((chapter) => chapter.id));

  const menu = page.locator('[data-chapter-menu]');
  await menu.locator('summary').click();
  const links = menu.locator('a');
  await expect(links).toHaveCount(chapters.length + 1);
  const target = chapters[3]!;
  await menu.getByRole('link', { name: new RegExp(target.title) }).click();
  await expect(page).toHaveURL(new RegExp(`#${target.id}$`));
  await expect(page.locator(`#${target.id} h2`)).toBeInViewport();
  // Choosing a chapter closes the menu.
  await expect(menu).not.toHaveAttribute('open');
});

test('the chapter menu closes on Escape and on a click outside, giving focus back to its button', async ({ page }) => {
  await page.goto('');
  const menu = page.locator('[data-chapter-menu]');
  const button = menu.locator('summary');

  await button.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('open');
  await page.keyboard.press('Tab');
  await expect(menu.locator('a').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open');
  await expect(button).toBeFocused();

  await button.click();
  await expect(menu).toHaveAttribute('open');
  await menu.locator('a').first().focus();
  await page.mouse.click(5, page.viewportSize()!.height - 5);
  await expect(menu).not.toHaveAttribute('open');
  await expect(button).toBeFocused();
});

test('the menu links to the methods page, which loads', async ({ page }) => {
  await page.goto('');
  const menu = page.locator('[data-chapter-menu]');
  await menu.locator('summary').click();
  await menu.getByRole('link', { name: 'Methods and sources' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Methods and sources' })).toBeVisible();
});

test('reading as static shows every step’s picture, survives a reload, and can be switched back', async ({ page }) => {
  await page.goto('#market-value-monday');
  await expectChartState(page, 'market-value', 'monday');
  const toggle = page.locator('[data-mode-toggle]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#market-value .scrolly__graphic')).toBeHidden();
  await expect(page.locator('#market-value-monday .step__static svg').filter({ visible: true })).toHaveCount(1);

  await page.reload();
  await expect(page.locator('html')).toHaveClass(/is-static/);
  await expect(page.locator('#market-value-records .step__static svg').filter({ visible: true })).toHaveCount(1);

  await page.locator('[data-mode-toggle]').click();
  await expect(page.locator('#market-value .scrolly__graphic')).toBeVisible();
  // Back to visually hidden (still read by screen readers): a one-pixel box.
  await expect.poll(async () => (await page.locator('#market-value-monday .step__static').boundingBox())?.width).toBeLessThanOrEqual(1);
});

test('reading as static on a desktop shows desktop-sized pictures, the map included', async ({ page, isMobile }) => {
  test.skip(isMobile, 'phones keep the phone-sized pictures written in the page');
  await page.goto('#world-newYorkMonday');
  await page.locator('[data-mode-toggle]').click();
  for (const step of ['market-value-monday', 'world-newYorkMonday']) {
    const picture = page.locator(`#${step} .step__static svg`).filter({ visible: true });
    await expect(picture).toHaveCount(1);
    await expect(picture).toHaveClass(/chart-svg--static-wide/);
    expect((await picture.boundingBox())!.width).toBeGreaterThan(500);
    // Desktop type: no label under 14 px.
    const smallest = await picture.evaluate((svg) =>
      Math.min(
        ...[...svg.querySelectorAll('text')].map(
          (text) => parseFloat(getComputedStyle(text).fontSize) * ((svg as SVGSVGElement).getScreenCTM()?.a ?? 1),
        ),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(14 - 0.01);
  }
  await expect(page.locator('#world-newYorkMonday .step__static svg.chart-svg--static-wide [data-key="land"]')).toHaveCount(1);
});

test('the reading-progress bar fills as the reader scrolls', async ({ page }) => {
  await page.goto('');
  const scale = () =>
    page.locator('.reading-progress span').evaluate((bar) => {
      const matrix = new DOMMatrixReadOnly(getComputedStyle(bar).transform);
      return matrix.a;
    });
  expect(await scale()).toBeLessThan(0.05);
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight / 2, behavior: 'instant' }));
  await expect.poll(scale).toBeGreaterThan(0.3);
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  await expect.poll(scale).toBeGreaterThan(0.95);
});
