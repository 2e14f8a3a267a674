// The story on awkward screens and in awkward hands: very narrow and very wide windows, a phone
// held sideways, a jump to the bottom and back, keyboard-only reading, dark mode and print.
import { siteStrings } from '../src/i18n/pageText';
import { expect, expectChartState, figureOf, scrollToStep, sidewaysOverflow, test } from './fixtures';
import { scrollies } from './scrollies';

// A screen of a given size is a phone or a desktop, not both: each of these runs in one project.
test.describe('at 320 px wide', () => {
  test.skip(({ isMobile }) => !isMobile, 'a 320 px screen is a phone');
  test.use({ viewport: { width: 320, height: 640 } });
  test('no page scrolls sideways, and the charts fit', async ({ page }) => {
    for (const path of ['', 'methods/', 'fr/', 'fr/methods/', 'fr/share/nvidia/', '404.html']) {
      await page.goto(path);
      if (path.includes('share/')) await page.waitForURL(/#nvidia$/);
      expect(await sidewaysOverflow(page), path || 'story').toBe(0);
    }
    await page.goto('#world-newYorkMonday');
    await expectChartState(page, 'world', 'newYorkMonday');
    const box = await figureOf(page, 'world').locator('svg.is-live').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(320);
  });
});

test.describe('at 2560 px wide', () => {
  test.skip(({ isMobile }) => isMobile, 'a 2560 px screen is a desktop');
  test.use({ viewport: { width: 2560, height: 1440 } });
  test('the layout holds and charts render at the new size', async ({ page }) => {
    await page.goto('#chip-stocks-market');
    await expectChartState(page, 'chip-stocks', 'market');
    expect(await sidewaysOverflow(page)).toBe(0);
    const frame = await figureOf(page, 'chip-stocks').locator('[data-chart-frame]').boundingBox();
    const svgWidth = Number(await figureOf(page, 'chip-stocks').locator('svg.is-live').getAttribute('width'));
    expect(svgWidth).toBe(Math.round(frame!.width));
  });
});

test.describe('on a phone held sideways', () => {
  test.skip(({ isMobile }) => !isMobile, 'a phone (the phone project: touch, mobile viewport)');
  test.use({ viewport: { width: 844, height: 390 } });
  test('text and graphic sit side by side and every step reaches its state', async ({ page }) => {
    await page.goto('');
    const graphic = await page.locator('#market-value .scrolly__graphic').boundingBox();
    const steps = await page.locator('#market-value .scrolly__steps').boundingBox();
    expect(graphic!.x).toBeGreaterThan(steps!.x);
    for (const state of scrollies[1]!.states) {
      await scrollToStep(page, `market-value-${state}`);
      await expectChartState(page, 'market-value', state);
    }
    expect(await sidewaysOverflow(page)).toBe(0);
  });
});

test('a jump straight to the bottom and back to the top leaves every chart right', async ({ page }) => {
  await page.goto('');
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  await expect(page.locator('.site-footer')).toBeInViewport();
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  for (const scrolly of [scrollies[1]!, scrollies[4]!]) {
    await scrollToStep(page, `${scrolly.id}-${scrolly.states[0]}`);
    await expectChartState(page, scrolly.id, scrolly.states[0]!);
  }
});

test('a keyboard reader moves from step to step with the next-step buttons, and the chart follows', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('');
  const scrolly = scrollies[1]!;
  const first = page.locator(`#${scrolly.id}-${scrolly.states[0]} .step__next`);
  await first.focus();
  await expect(first).toBeFocused();
  for (const state of scrolly.states.slice(1)) {
    await page.keyboard.press('Enter');
    await expectChartState(page, scrolly.id, state);
    const step = page.locator(`#${scrolly.id}-${state}`);
    // Focus moves into the step just reached: its own button, or the last step itself, with the ring.
    const last = state === scrolly.states.at(-1);
    await expect(last ? step : step.locator('.step__next')).toBeFocused();
    if (last) expect(await step.locator('.step__card').evaluate((card) => getComputedStyle(card).outlineStyle)).toBe('solid');
  }
  // The buttons are reached with Tab like any control.
  await first.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
});

test("a link to a section's last step opens on it without the keyboard's focus ring", async ({ page }) => {
  for (const { id, states } of [scrollies[1]!, scrollies.at(-1)!]) {
    await page.goto(`#${id}-${states.at(-1)}`);
    const step = page.locator(`#${id}-${states.at(-1)}`);
    await expectChartState(page, id, states.at(-1)!);
    await expect(step).not.toBeFocused();
    expect(await step.locator('.step__card').evaluate((card) => getComputedStyle(card).outlineStyle)).toBe('none');
  }
});

test('the skip link is the first thing a keyboard reaches and leads to the story', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: siteStrings.en['site.skipToStory'] });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await skip.press('Enter');
  await expect(page).toHaveURL(/#story$/);
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('the page and the charts switch to the dark palette', async ({ page }) => {
    await page.goto('#market-value-monday');
    await expectChartState(page, 'market-value', 'monday');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(20, 20, 20)');
    const line = figureOf(page, 'market-value').locator('svg.is-live path[data-key="line"]');
    expect(await line.evaluate((path) => getComputedStyle(path).stroke)).toBe('rgb(237, 237, 235)');
  });
});

test.describe('in print', () => {
  test('prints every step with its chart, without the navigation or the sticky graphics', async ({ page }) => {
    await page.goto('');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-nav')).toBeHidden();
    await expect(page.locator('#market-value .scrolly__graphic')).toBeHidden();
    for (const scrolly of scrollies) {
      for (const state of scrolly.states) {
        const figure = page.locator(`#${scrolly.id}-${state} .step__static svg`);
        expect((await figure.boundingBox())!.width, `${scrolly.id}-${state}`).toBeGreaterThan(200);
      }
    }
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(100_000);
  });
});
