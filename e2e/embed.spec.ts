// Every chart section as an embed: a page per section and edition that steps through the states
// the story's section shows, works without JavaScript, passes axe, and tells a host page its height
// (a host page using @newswire/frames, as the README's snippet does, follows it within 2 px).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import axe from 'axe-core';
import { embedHeight } from '../src/embed/snippet';
import { expect, test } from './fixtures';
import { editions, sectionsOfPage } from './scrollies';

const require = createRequire(import.meta.url);
// The library's browser build (the package exports its module build only).
const frames = readFileSync(join(dirname(require.resolve('@newswire/frames')), 'frames.umd.js'), 'utf8');

const sectionsOf = (path: string) => sectionsOfPage(readFileSync(join('dist', path, 'index.html'), 'utf8'));

test.describe('embed pages', () => {
  test.skip(({ isMobile }) => isMobile, 'each embed is checked at the sizes it sets itself');

  for (const { locale, path } of editions) {
    for (const section of sectionsOf(path)) {
      test(`${locale} ${section.id}: the story's states, a stepper with a deep link per state, no axe violation`, async ({ page }) => {
        await page.setViewportSize({ width: 640, height: 900 });
        await page.goto(`${path}embed/${section.id}/`);
        const figure = page.locator('[data-chart-figure]');
        await expect(figure).toHaveAttribute('data-live', 'true');
        const steps = await page
          .locator('[data-embed-steps] > li')
          .evaluateAll((items) =>
            items.map((item) => ({ id: (item as HTMLElement).dataset.stepId!, state: (item as HTMLElement).dataset.stepState! })),
          );
        expect(steps.map((step) => step.state)).toEqual(section.states);
        const next = page.locator('[data-step-next]');
        const previous = page.locator('[data-step-previous]');
        await expect(previous).toBeDisabled();
        for (const [index, step] of steps.entries()) {
          await expect(figure).toHaveAttribute('data-state', step.state);
          // The snippet's height holds the whole embed, for a host that does not resize it.
          expect(await page.evaluate(() => document.documentElement.getBoundingClientRect().height)).toBeLessThanOrEqual(embedHeight);
          await expect(page.locator('[data-step-position]')).toHaveText(new RegExp(`^${index + 1}\\D+${steps.length}$`));
          expect(new URL(page.url()).hash).toBe(index === 0 ? '' : `#${step.id}`);
          await expect(page.locator('[data-story-link]')).toHaveAttribute('href', new RegExp(`#${step.id}$`));
          if (index < steps.length - 1) await next.click();
        }
        await expect(next).toBeDisabled();
        // A deep link opens on its state.
        const last = steps.at(-1)!;
        await page.goto(`${path}embed/${section.id}/#${steps[1]!.id}`);
        await expect(figure).toHaveAttribute('data-state', steps[1]!.state);
        await expect(figure).toHaveAttribute('data-live', 'true');
        expect(last.id).toMatch(new RegExp(`^${section.id}-`));
        await page.evaluate(axe.source);
        const violations = await page.evaluate(async () => {
          const { axe: inPage } = window as unknown as { axe: typeof import('axe-core') };
          const results = await inPage.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } });
          return results.violations.map(
            (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          );
        });
        expect(violations).toEqual([]);
      });
    }
  }

  test('without JavaScript: the first state, and every other one as a picture with its words', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    for (const { path } of editions)
      for (const section of sectionsOf(path)) {
        await page.goto(`${path}embed/${section.id}/`);
        await expect(page.locator('[data-embed-stepper]')).toBeHidden();
        await expect(page.locator('.embed__graphic .chart-svg:visible')).toHaveCount(1);
        const pictures = page.locator('.embed__pictures > li');
        await expect(pictures).toHaveCount(section.states.length - 1);
        for (const picture of await pictures.all()) {
          await expect(picture.locator('svg')).toBeVisible();
          expect((await picture.locator('figcaption').textContent())!.length).toBeGreaterThan(20);
        }
      }
    await context.close();
  });

  test('a host page sizes the iframes to their embeds with @newswire/frames, at 320 and 1024 px, after a state change and a resize', async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    const host = new URL('embed-host.html', baseURL).href;
    const embeds = [
      { width: 320, src: new URL('embed/market-value/', baseURL).href },
      { width: 1024, src: new URL('fr/embed/world/', baseURL).href },
    ];
    // The README's block, pasted into a blank page once per width, its iframe pointed at this build.
    const block = /## Embed a chart[\s\S]*?```html\n([\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))![1]!;
    const iframeEnd = block.indexOf('</iframe>') + '</iframe>'.length;
    const [iframe, hostScripts] = [block.slice(0, iframeEnd), block.slice(iframeEnd)];
    const body =
      embeds.map(({ width, src }) => `<div style="width:${width}px">${iframe.replace(/src="[^"]+"/, `src="${src}"`)}</div>`).join('') +
      hostScripts;
    await page.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>${body}</body></html>`,
      }),
    );
    await page.route(/\/js\/frames\.umd\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: frames }));
    await page.goto(host);
    const iframes = page.locator('iframe');
    const fits = async (index: number) => {
      const frame = page.frames().find((candidate) => candidate.url().startsWith(embeds[index]!.src))!;
      const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
      const box = (await iframes.nth(index).boundingBox())!.height;
      return Math.abs(content - box);
    };
    const live = (index: number) => page.frameLocator(`iframe >> nth=${index}`).locator('[data-chart-figure]');
    for (const index of [0, 1]) {
      await expect(live(index)).toHaveAttribute('data-live', 'true');
      await expect.poll(() => fits(index)).toBeLessThanOrEqual(2);
    }
    // A state whose caption or words differ in length.
    for (const index of [0, 1]) {
      await page.frameLocator(`iframe >> nth=${index}`).locator('[data-step-next]').click();
      await page.frameLocator(`iframe >> nth=${index}`).locator('[data-step-next]').click();
      await page.frameLocator(`iframe >> nth=${index}`).locator('[data-step-next]').click();
      await expect.poll(() => fits(index)).toBeLessThanOrEqual(2);
    }
    // A Pym.js host gives the embed a childId; the embed answers in Pym's message format too.
    const pymHeight = await page.evaluate(
      (src) =>
        new Promise<string>((resolve) => {
          const frame = document.createElement('iframe');
          window.addEventListener('message', (event) => {
            if (event.source === frame.contentWindow && typeof event.data === 'string' && event.data.startsWith('pymxPYMxtest-child'))
              resolve(event.data);
          });
          frame.src = `${src}?initialWidth=400&childId=test-child`;
          frame.style.width = '400px';
          document.body.append(frame);
        }),
      embeds[0]!.src,
    );
    expect(pymHeight).toMatch(/^pymxPYMxtest-childxPYMxheightxPYMx\d+$/);
    const heightAt320 = (await iframes.nth(0).boundingBox())!.height;
    // The host's column widens: the embed reflows and reports again.
    await page.evaluate(() => (document.querySelector<HTMLElement>('div')!.style.width = '560px'));
    await expect.poll(async () => (await iframes.nth(0).boundingBox())!.height).not.toBe(heightAt320);
    await expect.poll(() => fits(0)).toBeLessThanOrEqual(2);
  });
});
