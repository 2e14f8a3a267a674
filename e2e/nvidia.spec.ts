// The Nvidia chapter end to end, against the production build under the Pages base path.
import { nvidiaMarketCapStates } from '../src/charts/nvidiaMarketCap/chart';
import { animationFrames, expect, expectChartState, figureOf, recordAttribute, scrollToStep, test } from './fixtures';
import { loadStory } from '../src/story/loadStory';
import { siteStrings } from '../src/i18n/pageText';
import { formatDate } from '../src/format/formatValue';
import { selloffDay } from '../src/derive/storyDates';
import * as chartStrings from '../src/charts/nvidiaMarketCap/strings';
import { scrollies } from './scrollies';

const scrolly = 'market-value';
/** The text alternative each state must show: computed from the same data as the page. */
const descriptionOf = scrollies.find((entry) => entry.id === scrolly)!.describe;
const liveSvg = (page: import('@playwright/test').Page) => figureOf(page, scrolly).locator('svg.is-live');

test.describe('Nvidia chapter', () => {
  test('the static HTML already contains the annotated chart and every step', async ({ request, isMobile }) => {
    test.skip(isMobile, 'reads the built HTML, the same for every screen');
    const html = await (await request.get('')).text();
    expect(html).toContain('data-chart-id="market-value-chart-wide"');
    expect(html).toContain('data-chart-id="market-value-chart-narrow"');
    expect(html).toMatch(/<path data-key="line" d="M[\d.,LM ]+"/);
    expect(html).toContain(`<desc id="market-value-chart-wide-desc">${descriptionOf('climb')}</desc>`);
    for (const state of nvidiaMarketCapStates) expect(html).toContain(`id="${scrolly}-${state}"`);
  });

  test('a fast jump to the end of the page and back lands on the right state', async ({ page }) => {
    await page.goto('');
    await scrollToStep(page, `${scrolly}-climb`);
    await expectChartState(page, scrolly, 'climb');
    await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
    // The jump is painted and the scroll watchers have seen it before the reader comes back.
    await animationFrames(page, 3);
    await scrollToStep(page, `${scrolly}-friday`);
    await expectChartState(page, scrolly, 'friday');
  });

  test('reloading mid-chapter shows the step in view, not the first state', async ({ page }) => {
    await page.goto('');
    await scrollToStep(page, `${scrolly}-records`);
    await expectChartState(page, scrolly, 'records');
    await page.reload();
    await expectChartState(page, scrolly, 'records');
  });

  test('Monday’s loss becomes the top bar of the records ranking', async ({ page }) => {
    await page.goto(`#${scrolly}-monday`);
    await expectChartState(page, scrolly, 'monday');
    const bar = liveSvg(page).locator('rect[data-key="selloff-loss"]');
    const mondayBox = await bar.boundingBox();
    expect(mondayBox!.height).toBeGreaterThan(mondayBox!.width);
    await scrollToStep(page, `${scrolly}-records`);
    await expectChartState(page, scrolly, 'records');
    const recordsBox = await bar.boundingBox();
    expect(recordsBox!.width).toBeGreaterThan(recordsBox!.height * 5);
    await expect(liveSvg(page).locator('path[data-key="line"]')).toHaveCount(0);
  });

  test('resizing from desktop to phone re-lays the chart at the new size', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`#${scrolly}-monday`);
    await expectChartState(page, scrolly, 'monday');
    await page.setViewportSize({ width: 390, height: 844 });
    const frame = figureOf(page, scrolly).locator('[data-chart-frame]');
    await expect
      .poll(async () => {
        const [svgWidth, frameBox] = await Promise.all([liveSvg(page).getAttribute('width'), frame.boundingBox()]);
        return Number(svgWidth) - Math.round(frameBox!.width);
      })
      .toBe(0);
    await scrollToStep(page, `${scrolly}-monday`);
    await expectChartState(page, scrolly, 'monday');
    await expect(liveSvg(page).locator('desc')).toHaveText(descriptionOf('monday'));
  });

  test('with reduced motion, states change without animation', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`#${scrolly}-friday`);
    await expectChartState(page, scrolly, 'friday');
    const clip = liveSvg(page).locator('rect[data-clip]');
    const clipWidths = await recordAttribute(clip, 'width');
    await scrollToStep(page, `${scrolly}-monday`);
    await expectChartState(page, scrolly, 'monday');
    // A transition would still be running a few frames later (it lasts 45 at 60 fps).
    await animationFrames(page, 6);
    const widths = await clipWidths();
    // One jump straight to Monday's width, no frames in between.
    expect(new Set(widths)).toEqual(new Set([await clip.getAttribute('width')]));
  });

  test('with motion allowed, states animate between their pictures', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto(`#${scrolly}-friday`);
    await expectChartState(page, scrolly, 'friday');
    const clip = liveSvg(page).locator('rect[data-clip]');
    const before = Number(await clip.getAttribute('width'));
    // Record every width the clip passes through (frame by frame), independent of timing.
    const clipWidths = await recordAttribute(clip, 'width');
    await scrollToStep(page, `${scrolly}-monday`);
    await expectChartState(page, scrolly, 'monday');
    const after = Number(await clip.getAttribute('width'));
    const widths = (await clipWidths()).map(Number);
    expect(after).toBeGreaterThan(before);
    expect(widths.filter((width) => width > before && width < after).length).toBeGreaterThan(1);
  });
});

test.describe('Nvidia chapter without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the annotated chart for each step, and the methods page the tables behind it', async ({ page }) => {
    await page.goto('');
    const climb = page.locator(`#${scrolly}-climb .step__static svg`);
    await expect(climb.locator('path[data-key="line"]')).toHaveCount(1);
    // Words are read from the strings the page prints, so a copy edit keeps this test.
    const recordLabel = chartStrings.en['nvidiaMarketCap.chart.record'].split('{')[0]!.replace(/[,\s]+$/, '');
    await expect(climb.locator('text', { hasText: recordLabel })).toHaveCount(1);
    await expect(page.locator(`#${scrolly}-records .step__static rect[data-key="selloff-loss"]`)).toHaveCount(1);
    // The story keeps a short note, collapsed to its title; share counts, reports and records are
    // tabled on the methods page.
    const note = page.locator('#note-market-value');
    await expect(note).not.toHaveAttribute('open');
    expect((await note.boundingBox())!.height).toBeLessThan(80);
    await note.locator('summary').click();
    await note.locator('a[href*="methods/#market-value"]').click();
    await expect(page).toHaveURL(/methods\/#market-value$/);
    await expect(page.getByRole('table', { name: siteStrings.en['table.shares.caption'] })).toBeVisible();
    await expect(page.getByRole('table', { name: siteStrings.en['table.reported.caption'] })).toBeVisible();
    const records = page.getByRole('table', { name: siteStrings.en['table.records.caption'] }).locator('tbody tr');
    await expect(records).toHaveCount(loadStory().records.events.length);
    await expect(records.first()).toContainText(formatDate(selloffDay, { locale: 'en', style: 'long' }));
    await expect(page.locator('tr[data-event="NVDA-2025-01-07"]')).toContainText(siteStrings.en['table.column.computed_here']);
  });
});
