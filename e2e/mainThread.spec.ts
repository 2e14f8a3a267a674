// What the main thread is spared, asserted as counts (never as timings): a chart takes over the
// server's drawing without re-rendering it, renders once per state change, and leaves a resize far
// from the viewport until it comes back into view. Renders are counted by the User Timing measures
// mountChart records for each: `chart <name> <state>: scene` when it computes the scene, then
// `…: draw` when it writes it into the SVG.
import { nvidiaMarketCapStates } from '../src/charts/nvidiaMarketCap/chart';
import { soxHistoryStates } from '../src/charts/soxHistory/chart';
import { animationFrames, expect, expectChartState, figureOf, scrollToStep, test } from './fixtures';
import { scrollies } from './scrollies';

const scrolly = 'market-value';
const renders = (page: import('@playwright/test').Page, chart = 'nvidiaMarketCap') =>
  page.evaluate(
    (name) =>
      performance.getEntriesByType('measure').filter((entry) => entry.name.startsWith(`chart ${name} `) && entry.name.endsWith(': draw'))
        .length,
    chart,
  );

test.describe('main thread', () => {
  test("the steps' own pictures are not built on load: each is its words until print or static reading draws it", async ({ page }) => {
    await page.goto('');
    const figures = page.locator('figure.step__static');
    const count = await figures.count();
    expect(count).toBeGreaterThan(20);
    // No drawing in the document; each picture waits, unparsed, in its <noscript>, and its words are read.
    await expect(page.locator('figure.step__static svg')).toHaveCount(0);
    await expect(page.locator('figure.step__static > noscript')).toHaveCount(count);
    await expect(page.locator('figure.step__static .step__static-words')).toHaveCount(count);
    const first = figures.first();
    const words = await first.locator('.step__static-words').textContent();
    // Static reading draws them, and the drawing's own name and description take over from the words.
    await page.locator('[data-mode-toggle]').click();
    await expect(page.locator('figure.step__static svg.chart-svg--static')).toHaveCount(count);
    await expect(first.locator('.step__static-words')).toBeHidden();
    const drawn = first.locator('svg.chart-svg--static');
    expect(`${await drawn.locator('title').textContent()}. ${await drawn.locator('desc').textContent()}`).toBe(words);
    expect(await drawn.locator('[data-key]').count()).toBeGreaterThan(10);
  });

  test('a chart adopts the drawing in the HTML at the default screen sizes, then renders once per state change', async ({ page }) => {
    // The chip index's history has a one-line caption: its frame is the server's (a 390×844 phone's,
    // a 1440×900 desktop's) or a few px taller, so nothing is redrawn when its code arrives.
    const section = 'sox-history';
    await page.goto('');
    // Its drawing: the layers and the clip (the inspector adds a layer of its own when it attaches).
    const layers = (svg: Element) =>
      [...svg.querySelectorAll(':scope > g[data-layer], :scope > defs')].map((element) => element.outerHTML).join('');
    const variant = (page.viewportSize()?.width ?? 0) >= 900 ? 'wide' : 'narrow';
    const served = await page.locator(`#${section} svg.chart-svg--${variant}`).evaluate(layers);
    await scrollToStep(page, `${section}-${soxHistoryStates[0]}`);
    const figure = figureOf(page, section);
    await expect(figure).toHaveAttribute('data-live', 'true');
    await expectChartState(page, section, soxHistoryStates[0]);
    expect(await renders(page, 'soxHistory')).toBe(0);
    // The drawing is the server's, untouched (only marked live).
    expect(await figure.locator('svg.is-live').evaluate(layers)).toBe(served);

    await scrollToStep(page, `${section}-${soxHistoryStates[1]}`);
    await expectChartState(page, section, soxHistoryStates[1]);
    expect(await renders(page, 'soxHistory')).toBe(1);
    // Its scene was computed once, ahead in idle time or on the state change.
    const scenes = await page.evaluate(
      (prefix) =>
        performance
          .getEntriesByType('measure')
          .map((entry) => entry.name)
          .filter((name) => name.startsWith(prefix)),
      `chart soxHistory ${soxHistoryStates[1]}: scene`,
    );
    expect(scenes).toHaveLength(1);
  });

  test('while the reader reads a step, the next state is computed ahead: the state change only draws it', async ({ page }) => {
    const section = 'sox-history';
    const [first, second] = soxHistoryStates;
    const measures = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('measure')
          .map((entry) => entry.name)
          .filter((name) => name.startsWith('chart soxHistory ')),
      );
    await page.goto('');
    await scrollToStep(page, `${section}-${first}`);
    await expect(figureOf(page, section)).toHaveAttribute('data-live', 'true');
    await expect.poll(measures).toContain(`chart soxHistory ${second}: scene ahead`);
    await scrollToStep(page, `${section}-${second}`);
    await expectChartState(page, section, second!);
    const after = await measures();
    expect(after).toContain(`chart soxHistory ${second}: draw`);
    expect(after).not.toContain(`chart soxHistory ${second}: scene`);
  });

  test('every chart of the English edition adopts its first drawing from the HTML at the default screen sizes', async ({ page }) => {
    // The static frames (staticChartFrames in src/design/tokens.ts) are the shorter of the sections'
    // frames on a 1440×900 desktop and a 390×844 phone: no section's code redraws its first state
    // when it arrives (a cold render is the longest task of a scroll at 4× CPU).
    await page.goto('');
    for (const { id, states } of scrollies) {
      await scrollToStep(page, `${id}-${states[0]}`);
      await expectChartState(page, id, states[0]!);
    }
    const redrawn = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].flatMap((section) => {
        const first = section.querySelector<HTMLElement>('[data-step]')?.dataset.stepState;
        const scenes = performance.getEntriesByName(`chart ${section.dataset.chart} ${first}: scene`, 'measure');
        return scenes.length > 0 ? [`${section.id} (${first})`] : [];
      }),
    );
    expect(redrawn).toEqual([]);
  });

  test('a resize far from a chart is drawn when the chart comes back near the viewport, not before', async ({ page }) => {
    await page.goto('');
    await scrollToStep(page, `${scrolly}-${nvidiaMarketCapStates[1]}`);
    await expectChartState(page, scrolly, nvidiaMarketCapStates[1]);
    const before = await renders(page);

    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await animationFrames(page, 3);
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: size.width - 24, height: size.height - 40 });
    await animationFrames(page, 6);
    expect(await renders(page), 'renders while the chart is far away').toBe(before);

    await scrollToStep(page, `${scrolly}-${nvidiaMarketCapStates[1]}`);
    await expect.poll(() => renders(page)).toBe(before + 1);
    await expectChartState(page, scrolly, nvidiaMarketCapStates[1]);
  });

  test('labels move by their groups: in every state change of the story no <text> is given a new position', async ({ page }) => {
    // Moving a <text> by x and y makes the browser lay its text out and paint it again, every frame;
    // moving the group that holds it does neither (see sceneToSvg's `animated`).
    await page.addInitScript(() => {
      const writes: Record<string, number> = {};
      Object.assign(window, { labelWrites: writes });
      new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target as Element;
          if (!target.closest?.('svg.is-live')) continue;
          const kind =
            target.tagName.toLowerCase() === 'text'
              ? `text ${record.attributeName}`
              : target.hasAttribute('data-text')
                ? `group ${record.attributeName}`
                : 'other';
          writes[kind] = (writes[kind] ?? 0) + 1;
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['x', 'y', 'transform'] });
    });
    await page.goto('');
    for (const { id, states } of scrollies) {
      for (const state of states) {
        await scrollToStep(page, `${id}-${state}`);
        await expectChartState(page, id, state);
      }
    }
    const writes = await page.evaluate(() => (window as unknown as { labelWrites: Record<string, number> }).labelWrites);
    expect(writes['group transform'] ?? 0, 'labels moved by their groups').toBeGreaterThan(100);
    expect(Object.keys(writes).filter((kind) => kind.startsWith('text '))).toEqual([]);
  });
});
