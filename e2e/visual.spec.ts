// Visual baselines of every step state of every scrolly, at phone and desktop sizes. Motion is
// reduced and fonts are self-hosted, so the pictures are identical run to run on the same browser.
// One page per section: the first state is a deep link opened fresh, each later one the same deep
// link followed in that page (a hash change scrolls to the step as a fresh load does), which spares
// a page load and its fonts per picture.
import { expect, test, expectChartState, webFontsIn } from './fixtures';
import { editions, scrolliesIn } from './scrollies';

test.use({ reducedMotion: 'reduce' });

/** The browser the baselines were recorded with: the pinned @sparticuz/chromium build (see docs/testing.md). */
const baselinesBrowser = '153.0.8010.0';

// Another build draws text edges a little differently: a run on another browser (a bumped package,
// CHROMIUM_PATH) fails here by name, before its screenshots fail by pixels.
test('the screenshots are taken with the browser the baselines were recorded with', ({ browser }) => {
  expect(browser.version(), `baselines recorded with Chromium ${baselinesBrowser}; re-record them after a deliberate upgrade`).toBe(
    baselinesBrowser,
  );
});

for (const { locale, path } of editions) {
  for (const scrolly of scrolliesIn(locale)) {
    test(`${locale}: ${scrolly.id}, every step looks as reviewed`, async ({ page }) => {
      for (const [index, state] of scrolly.states.entries()) {
        if (index === 0) await page.goto(`${path}#${scrolly.id}-${state}`);
        else await page.evaluate((hash) => (window.location.hash = hash), `${scrolly.id}-${state}`);
        await expectChartState(page, scrolly.id, state);
        await webFontsIn(page);
        await expect.soft(page, `step "${state}"`).toHaveScreenshot(`${locale === 'en' ? '' : `${locale}-`}${scrolly.id}-${state}.png`);
      }
    });
  }
}
