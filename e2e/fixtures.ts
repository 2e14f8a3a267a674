// Shared Playwright fixtures: every test fails on a console error, an uncaught exception, a failed
// request or a request to another origin; navigations wait for the page's scripts; helpers to wait
// for a chart state.

import { expect, test as base, type Locator, type Page } from '@playwright/test';

/**
 * The page's scripts start after its first paint (StoryLayout.astro), which on a fast local server
 * can come after the load event `goto` waits for: a navigation here also waits until they have run
 * (data-scripts="run"), or until there is no script (JavaScript off: the head script never ran).
 */
const scriptsRun = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset.fonts === undefined || document.documentElement.dataset.scripts === 'run');

export const test = base.extend<{ pageProblems: string[] }>({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await scriptsRun(page);
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      await scriptsRun(page);
      return response;
    };
    await use(page);
  },
  pageProblems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol.startsWith('http') && url.origin !== origin) problems.push(`third-party request: ${request.url()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await use(problems);
      expect(problems, 'console errors, failed or third-party requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Waits until the page's web faces are in use: with a script, the layout's head script puts them in use
 * after the first paint and sets data-fonts="ready" (StoryLayout.astro); without one, the page uses
 * them from the start and the browser's font set tells when they are loaded.
 */
export async function webFontsIn(page: Page) {
  await page.waitForFunction(() => [undefined, 'ready'].includes(document.documentElement.dataset.fonts), undefined, { timeout: 10_000 });
  await page.evaluate(() => document.fonts.ready);
}

/** How far the page scrolls sideways, in CSS pixels (0 when it fits its viewport). */
export const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

export const figureOf = (page: Page, scrolly: string) => page.locator(`#${scrolly} [data-chart-figure]`);

/** Waits until the chart has been taken over by the browser and has finished drawing `state`. */
export async function expectChartState(page: Page, scrolly: string, state: string) {
  // Checked in the page at every frame, so the wait ends on the frame the state is drawn (expect's
  // own polling waits 100 ms, then longer, after a first miss); the assertions below then pass at
  // once, or say what the figure shows instead if the state never came.
  await page
    .waitForFunction(
      ([id, wanted]) => {
        const figure = document.querySelector<HTMLElement>(`#${id} [data-chart-figure]`);
        return figure?.dataset.live === 'true' && figure.dataset.state === wanted && figure.dataset.rendered === wanted;
      },
      [scrolly, state] as const,
      { polling: 'raf', timeout: 5_000 },
    )
    .catch(() => undefined);
  const figure = figureOf(page, scrolly);
  await expect(figure).toHaveAttribute('data-live', 'true');
  await expect(figure).toHaveAttribute('data-state', state);
  await expect(figure).toHaveAttribute('data-rendered', state);
}

/**
 * Scrolls so the step's top sits just above the trigger line, as a reader's scrolling would. First
 * waits until the page's faces are settled: until then, a deep-linked step is put back in place
 * unless the reader has scrolled (story.ts' settleDeepLink), and a script's scroll is not a reader's.
 */
export async function scrollToStep(page: Page, stepId: string) {
  await page.waitForFunction(() => [undefined, 'ready', 'fallback'].includes(document.documentElement.dataset.fonts));
  await page.evaluate((id) => {
    const step = document.getElementById(id);
    if (!step) throw new Error(`no step #${id}`);
    const top = step.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * 0.45, behavior: 'instant' });
  }, stepId);
}

/** Waits for `count` animation frames of the page (a number of frames, not a time). */
export function animationFrames(page: Page, count = 2): Promise<void> {
  return page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const tick = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => tick(left - 1)));
        tick(n);
      }),
    count,
  );
}

/** Records every value an attribute takes (frame by frame during a transition); returns a reader. */
export async function recordAttribute(element: Locator, name: string): Promise<() => Promise<string[]>> {
  const slot = `recorded_${name}_${Math.random().toString(36).slice(2)}`;
  await element.evaluate(
    (node, { name: attribute, slot: key }) => {
      const seen: string[] = [];
      (window as unknown as Record<string, string[]>)[key] = seen;
      new MutationObserver(() => seen.push(node.getAttribute(attribute) ?? '')).observe(node, { attributeFilter: [attribute] });
    },
    { name, slot },
  );
  return () => element.page().evaluate((key) => (window as unknown as Record<string, string[]>)[key] ?? [], slot);
}
