// Visual baselines of every step state at phone and desktop sizes. Motion is reduced and fonts are
// self-hosted, so the pictures are identical run to run on the same browser build.
import { nvidiaStates } from '../src/charts/nvidiaMarketCap';
import { expect, expectChartState, test } from './fixtures';

test.use({ reducedMotion: 'reduce' });

for (const state of nvidiaStates) {
  test(`market-value step "${state}" looks as reviewed`, async ({ page }) => {
    await page.goto(`#market-value-${state}`);
    await expectChartState(page, 'market-value', state);
    await page.evaluate(() => document.fonts.ready);
    await expect(page).toHaveScreenshot(`market-value-${state}.png`);
  });
}
