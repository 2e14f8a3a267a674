// Whole-page checks: layout, ids, and the story read with JavaScript switched off.
import { expect, test, sidewaysOverflow, webFontsIn } from './fixtures';
import { scrollies } from './scrollies';

test('no page scrolls sideways', async ({ page }) => {
  for (const path of ['', 'fr/', 'methods/', 'fr/methods/']) {
    await page.goto(path);
    expect(await sidewaysOverflow(page), path || 'story').toBe(0);
  }
});

test('no word runs into a link (markup whitespace survives the build)', async ({ page }) => {
  for (const path of ['', 'fr/', 'methods/', 'fr/methods/']) {
    await page.goto(path);
    const glued = await page.evaluate(() =>
      [...document.querySelectorAll('a')].flatMap((link) => {
        const before = link.previousSibling?.nodeType === Node.TEXT_NODE ? (link.previousSibling.textContent ?? '') : '';
        return /\p{L}$/u.test(before) ? [`…${before.slice(-24)}|${link.textContent}`] : [];
      }),
    );
    expect(glued, path || 'story').toEqual([]);
  }
});

test('every id in the page is unique', async ({ request, isMobile }) => {
  test.skip(isMobile, 'reads the built HTML, the same for every screen');
  const html = await (await request.get('')).text();
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  expect(repeated).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every step shows its own state as a static chart, and its text', async ({ page }) => {
    await page.goto('');
    // Read in one pass over the page (nothing moves without a script): per section whether its sticky
    // graphic is shown, per step whether it and its picture are, the picture's text alternative and marks.
    const read = await page.locator('[data-scrolly]').evaluateAll((sections) => {
      // As Playwright's toBeVisible: a box with an area, not visibility: hidden.
      const isShown = (element: Element | null) => {
        if (!element) return false;
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
      };
      return sections.map((section) => ({
        id: section.id,
        graphicShown: isShown(section.querySelector('.scrolly__graphic')),
        steps: [...section.querySelectorAll<HTMLElement>('[data-step][id]')].map((step) => {
          const svg = step.querySelector('.step__static svg');
          return {
            id: step.id,
            shown: isShown(step),
            pictureShown: isShown(svg),
            desc: (svg?.querySelector('desc')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
            marks: svg?.querySelectorAll('[data-key]').length ?? 0,
          };
        }),
      }));
    });
    expect(read.map((section) => section.id)).toEqual(scrollies.map((scrolly) => scrolly.id));
    for (const scrolly of scrollies) {
      const section = read.find((entry) => entry.id === scrolly.id)!;
      // The sticky graphic would be stuck on its first state without a script: it gives way to the static pictures.
      expect(section.graphicShown, `#${scrolly.id} sticky graphic`).toBe(false);
      expect(section.steps.map((step) => step.id)).toEqual(scrolly.states.map((state) => `${scrolly.id}-${state}`));
      for (const [index, state] of scrolly.states.entries()) {
        const step = section.steps[index]!;
        expect(step.shown && step.pictureShown, `#${step.id} and its picture are shown`).toBe(true);
        expect(step.desc, `#${step.id} text alternative`).toBe(scrolly.describe(state));
        expect(step.marks, `#${step.id} marks`).toBeGreaterThan(10);
      }
    }
  });
});

test.describe('the first screen, from the static HTML', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the dateline, headline, deck and the key graphic (Nvidia’s one-day drop) in both editions', async ({ page }) => {
    for (const path of ['', 'fr/']) {
      await page.goto(path);
      await webFontsIn(page);
      const height = page.viewportSize()!.height;
      for (const selector of ['.hero .kicker', '.hero h1', '.hero .dek']) {
        const box = (await page.locator(selector).boundingBox())!;
        expect(box.y + box.height, `${path} ${selector}`).toBeLessThanOrEqual(height);
      }
      await expect(page.locator('.hero .kicker')).toHaveText(/2025/);
      const graphic = page.locator('.hero__graphic svg:visible');
      await expect(graphic).toHaveCount(1);
      const box = (await graphic.boundingBox())!;
      expect(box.y + box.height, `${path} key graphic`).toBeLessThanOrEqual(height);
      // It is the selloff: the loss is written on it.
      await expect(graphic.locator('text', { hasText: /593/ })).toHaveCount(1);
    }
  });

  for (const width of [320, 390]) {
    test(`keeps 16 px side margins in the hero and the footer at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('');
      for (const selector of ['.hero .kicker', '.hero h1', '.hero .dek', '.hero .byline', '.hero__graphic', '.site-footer p']) {
        const box = (await page.locator(selector).boundingBox())!;
        expect(box.x, `${selector} left`).toBeGreaterThanOrEqual(16);
        expect(box.x + box.width, `${selector} right`).toBeLessThanOrEqual(width - 16);
      }
    });
  }
});

test('the debate opens with who said what and which way they leaned; every name leads to its quote, verbatim and sourced', async ({
  page,
}) => {
  for (const path of ['', 'fr/']) {
    await page.goto(path);
    const names = page.locator('.debate-map a');
    expect(await names.count()).toBeGreaterThanOrEqual(10);
    for (const href of await names.evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
      // A pull quote (its source in its caption) or a quote inside a sentence (its source right after).
      const quote = page.locator(`#debate ${href}`);
      await expect(quote, `${path} ${href}`).toHaveCount(1);
      await expect(quote).toHaveText(/\p{L}{3}/u);
      await expect(page.locator(`#debate ${href} figcaption a, #debate ${href} + a.source-link`)).toHaveCount(1);
    }
    // It sits at the top of the chapter, before the first quote.
    const [map, firstQuote] = await Promise.all([
      page.locator('.debate-map').boundingBox(),
      page.locator('#debate figure.quote').first().boundingBox(),
    ]);
    expect(map!.y).toBeLessThan(firstQuote!.y);
  }
});
