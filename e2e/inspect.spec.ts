// Read any value: a line (Nvidia's market value), bars (chip stocks) and a map (the contagion
// markers), by mouse, touch and keyboard, in both editions. The tooltip and the live region give
// the value in the edition's own formatting; only marks drawn in the state can be read.
import { expect, expectChartState, scrollToStep, test } from './fixtures';

const cases = [
  { locale: 'en', path: '', step: 'market-value-climb', section: 'market-value', reading: /^\d{1,2} \w{3} 202[345]: \$\d\.\d\dT$/ },
  {
    locale: 'fr',
    path: 'fr/',
    step: 'market-value-climb',
    section: 'market-value',
    reading: /^\d{1,2} [\wéû.]+ 202[345]\u00a0: [\d\u202f]+\u00a0Md\$$/,
  },
  { locale: 'en', path: '', step: 'chip-stocks-chips', section: 'chip-stocks', reading: /^[\w .()-]+: −\d+\.\d+%$/ },
  { locale: 'fr', path: 'fr/', step: 'chip-stocks-chips', section: 'chip-stocks', reading: /^[\w .()éè-]+\u00a0: −\d+,\d+\u202f%$/ },
  {
    locale: 'en',
    path: '',
    step: 'world-newYorkMonday',
    section: 'world',
    reading: /^.+, (Tokyo|Europe|New York), Monday: [−+]\d+(\.\d+)?%( \(reported\))?$/,
  },
  {
    locale: 'fr',
    path: 'fr/',
    step: 'world-newYorkMonday',
    section: 'world',
    reading: /^.+, (Tokyo|Europe|New York), lundi\u00a0: [−+][\d,]+\u202f%( \(selon la presse\))?$/,
  },
] as const;

test.describe('read any value', () => {
  test.use({ reducedMotion: 'reduce' });

  for (const { locale, path, step, section, reading } of cases) {
    test(`${section} (${locale}): hover or tap shows the nearest value, the keyboard walks the marks, Esc leaves`, async ({
      page,
      isMobile,
    }) => {
      await page.goto(`${path}#${step}`);
      await scrollToStep(page, step);
      await expectChartState(page, section, step.slice(section.length + 1));
      const frame = page.locator(`#${section} [data-chart-frame]`);
      const tip = page.locator(`#${section} .chart-tip`);
      const live = page.locator(`#${section} .chart__live`);
      const box = (await frame.boundingBox())!;

      if (isMobile) {
        // A tap reads the nearest mark; a tap elsewhere on the page dismisses it.
        await page.touchscreen.tap(box.x + box.width * 0.5, box.y + box.height * 0.45);
        await expect(tip).toBeVisible();
        await expect(tip).toHaveText(reading);
        await expect(live).toHaveText(reading);
        await page.touchscreen.tap(box.x + box.width * 0.5, Math.min(box.y + box.height + 60, page.viewportSize()!.height - 10));
        await expect(tip).toBeHidden();
        // Touch does not capture the page's scrolling.
        expect(await frame.evaluate((element) => getComputedStyle(element).touchAction)).not.toBe('none');
      } else {
        await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.45);
        await expect(tip).toBeVisible();
        await expect(tip).toHaveText(reading);
        const first = await tip.textContent();
        await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.45);
        await expect(tip).not.toHaveText(first!);
        await page.mouse.move(0, 0);
        await expect(tip).toBeHidden();
      }

      // Keyboard: the frame takes focus, arrows read mark after mark aloud, Esc hides and leaves.
      await frame.focus();
      await expect(frame).toHaveAttribute('aria-label', /.+/);
      await page.keyboard.press('Home');
      await expect(live).toHaveText(reading);
      const home = await live.textContent();
      await page.keyboard.press('ArrowRight');
      await expect(live).not.toHaveText(home!);
      await expect(live).toHaveText(reading);
      await expect(tip).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(tip).toBeHidden();
      await expect(frame).not.toBeFocused();
    });
  }

  test('a mark not drawn in the state cannot be read: the climb stops at the record close', async ({ page }) => {
    await page.goto('#market-value-climb');
    await scrollToStep(page, 'market-value-climb');
    await expectChartState(page, 'market-value', 'climb');
    const frame = page.locator('#market-value [data-chart-frame]');
    await frame.focus();
    await page.keyboard.press('End');
    // The climb state reveals the line up to the record close of 6 January 2025, not beyond.
    await expect(page.locator('#market-value .chart__live')).toHaveText(/^6 Jan 2025: /);
  });
});
