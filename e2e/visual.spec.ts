// Visual baselines of every step state of every scrolly, at phone and desktop sizes. Motion is
// reduced and fonts are self-hosted, so the pictures are identical run to run on the same browser.
import { expect, expectChartState, test } from './fixtures';
import { editions, scrolliesIn } from './scrollies';

test.use({ reducedMotion: 'reduce' });

for (const { locale, path } of editions) {
  for (const scrolly of scrolliesIn(locale)) {
    for (const state of scrolly.states) {
      test(`${locale}: ${scrolly.id} step "${state}" looks as reviewed`, async ({ page }) => {
        await page.goto(`${path}#${scrolly.id}-${state}`);
        await expectChartState(page, scrolly.id, state);
        await page.evaluate(() => document.fonts.ready);
        await expect(page).toHaveScreenshot(`${locale === 'en' ? '' : `${locale}-`}${scrolly.id}-${state}.png`);
      });
    }
  }
}
