// The first paint waits for the HTML alone (StoryLayout.astro): the headline and deck carry their own
// glyphs (src/design/fonts/firstScreenFaces.ts), the rest of the text is set in fallbacks sized to take the
// web faces' room (src/design/fonts/fallbackFaces.json) until the faces, fetched after the first paint, are
// put in use together; the story's script is fetched after the first paint too.
import { webFaceLoads, webFaces } from '../src/design/fonts/faces';
import { expect, test, webFontsIn } from './fixtures';
import { layoutViewports } from './viewports';

/** One file per variant (Inter's weights are one variable file). */
const faceFiles = webFaces.reduce((files, face) => files + face.variants.length, 0);

for (const path of ['', 'fr/']) {
  const edition = path ? 'fr' : 'en';

  test(`${edition}: nothing but the HTML is fetched before the first paint; the faces and the script come after it`, async ({ page }) => {
    await page.goto(path);
    await webFontsIn(page);
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('.js')));
    const { paint, requests, inUse } = await page.evaluate(
      (wanted) => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        requests: performance.getEntriesByType('resource').map((entry) => ({ name: entry.name.split('/').pop()!, start: entry.startTime })),
        // Each face by the family its variable names first (Astro's <Font> gives the family a unique name).
        inUse: wanted.filter(({ variable, style, weight }) => {
          const family = getComputedStyle(document.documentElement).getPropertyValue(variable).split(',')[0]!.trim();
          return family !== '' && document.fonts.check(`${style} ${weight} 16px ${family}`);
        }),
      }),
      webFaceLoads(),
    );
    expect(paint).toBeGreaterThan(0);
    expect(requests.filter(({ name }) => name.endsWith('.woff2'))).toHaveLength(faceFiles);
    expect(requests.filter(({ name }) => name.endsWith('.js')).length).toBeGreaterThan(0);
    for (const { name, start } of requests)
      expect(start, `${name} fetched at ${start} ms, first paint at ${paint} ms`).toBeGreaterThanOrEqual(paint);
    expect(inUse).toEqual(webFaceLoads());
  });

  test(`${edition}: the headline and deck are drawn in their web face from the first paint`, async ({ page }) => {
    // Read in the frame that first draws the deck (the page may paint its bar before the hero is in).
    await page.addInitScript(() => {
      const read = () => {
        if (!document.querySelector('.hero .dek')) return void requestAnimationFrame(read);
        (window as unknown as { atFirstPaint: unknown }).atFirstPaint = {
          families: [...document.querySelectorAll<HTMLElement>('.hero h1, .hero .dek')].map(
            (element) => getComputedStyle(element).fontFamily.split(',')[0],
          ),
          // The faces the page's script builds from bytes, ready before the first layout.
          ready: [...document.fonts]
            .filter((face) => face.family === 'Source Serif 4 First Screen' && face.status === 'loaded')
            .map((face) => face.weight),
        };
      };
      requestAnimationFrame(read);
    });
    await page.goto(path);
    const read = await page
      .waitForFunction(() => (window as unknown as { atFirstPaint?: unknown }).atFirstPaint)
      .then((handle) => handle.jsonValue());
    expect(read).toEqual({
      families: ['"Source Serif 4 First Screen"', '"Source Serif 4 First Screen"'],
      ready: ['700', '400'],
    });
  });

  test(`${edition}: the first screen does not move and the text keeps its lines when the web faces arrive`, async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: { value: number; moved: string[] }[] = [];
      (window as unknown as { shifts: typeof shifts }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
          const moved = entry.sources.map(
            ({ node }) => (node instanceof Element ? node : node?.parentElement)?.closest('.hero, .site-nav')?.className ?? 'other',
          );
          shifts.push({ value: entry.value, moved });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    await webFontsIn(page);
    const { shifts, blocks, changed, growth } = await page.evaluate(() => {
      const root = document.documentElement;
      const text = [...document.querySelectorAll<HTMLElement>('.hero h1, .hero .dek, .prose p, .step p')];
      const heights = () => text.map((element) => element.getBoundingClientRect().height);
      const inWebFaces = heights();
      root.dataset.fonts = 'later';
      const inFallbacks = heights();
      root.dataset.fonts = 'ready';
      const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
      return {
        shifts: (window as unknown as { shifts: { value: number; moved: string[] }[] }).shifts,
        blocks: text.length,
        changed: text.flatMap((element, index) =>
          Math.abs(inWebFaces[index]! - inFallbacks[index]!) > 1
            ? [`${element.textContent!.slice(0, 40)}…: ${inFallbacks[index]} → ${inWebFaces[index]}`]
            : [],
        ),
        growth: Math.abs(sum(inWebFaces) / sum(inFallbacks) - 1),
      };
    });
    // The hero (headline, deck, byline, key graphic) never moves; the bar above it may move a few
    // pixels sideways as its words change face (Lighthouse: 0.000 to 0.002).
    expect(shifts.flatMap(({ moved }) => moved).filter((element) => element.startsWith('hero'))).toEqual([]);
    expect(shifts.reduce((total, { value }) => total + value, 0)).toBeLessThan(0.005);
    // Average widths are matched, not every word's: about a paragraph in ten may gain or lose a line;
    // the story's length changes by less than a line in a hundred.
    expect(blocks).toBeGreaterThan(60);
    expect(changed.length, changed.join('\n')).toBeLessThanOrEqual(Math.ceil(blocks * 0.12));
    expect(growth).toBeLessThan(0.01);
  });
}

// The hero graphic's dates (the selloff day among them) are read in the first screen on every upright
// phone from 667 px tall and on a 1280×720 laptop: at 375×667 they once fell 12–34 px below it.
const firstScreens = [...layoutViewports.filter(({ width, height }) => height >= 667 && height > width), { width: 1280, height: 720 }];
for (const viewport of firstScreens)
  test(`the hero graphic, axis included, fits the first screen at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const path of ['', 'fr/']) {
      await page.goto(path);
      const bottom = await page.evaluate(() => {
        const drawn = [...document.querySelectorAll('.hero__graphic .chart-svg')].find((svg) => svg.getBoundingClientRect().height > 0);
        return drawn?.getBoundingClientRect().bottom ?? Infinity;
      });
      expect(bottom, path || 'en').toBeLessThanOrEqual(viewport.height);
    }
  });

test('a web face that does not arrive leaves the page in its sized fallbacks', async ({ page, pageProblems }) => {
  // The faces' requests fail (an offline reader, a blocked font host): the page must not switch to
  // the web stack, whose next fonts are not sized to the web faces' room.
  await page.route('**/*.woff2', (route) => route.abort());
  await page.goto('');
  await page.waitForFunction(() => document.documentElement.dataset.fonts === 'fallback');
  const families = await page.evaluate(() =>
    ['.hero .byline', '.chapter__header h2', 'main .prose p:not(.kicker)'].map(
      (selector) => getComputedStyle(document.querySelector(selector)!).fontFamily.split(',')[0],
    ),
  );
  expect(families).toEqual(['"Inter Variable Helvetica"', '"Source Serif 4 Georgia"', '"Source Serif 4 Georgia"']);
  // The failed font loads are what this test is about; anything else still fails it.
  const others = pageProblems.filter((problem) => !/Failed to load resource/.test(problem));
  pageProblems.splice(0, pageProblems.length, ...others);
});

test('the web faces are put in use a section at a time, the one in view first, one per frame', async ({ page }) => {
  // Relaying the whole story in the web faces at once was one long task after the first paint.
  await page.addInitScript(() => {
    const switched: { id: string; frame: number }[] = [];
    (window as unknown as { switched: typeof switched }).switched = switched;
    let frame = 0;
    const count = () => {
      frame += 1;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    new MutationObserver((records) => {
      for (const { target, oldValue } of records)
        if (oldValue === 'later' && !(target as HTMLElement).dataset.fonts && (target as HTMLElement).parentElement?.localName === 'main')
          switched.push({ id: (target as HTMLElement).id, frame });
    }).observe(document, { subtree: true, attributeFilter: ['data-fonts'], attributeOldValue: true });
  });
  await page.goto('#world-tokyoTuesday');
  await webFontsIn(page);
  const switched = await page.evaluate(() => (window as unknown as { switched: { id: string; frame: number }[] }).switched);
  const sections = await page.locator('main > *').evaluateAll((parts) => parts.map((part) => part.id));
  expect(switched.map(({ id }) => id).sort()).toEqual([...sections].sort());
  expect(switched[0]!.id).toBe('around-the-world');
  expect(new Set(switched.map(({ frame }) => frame)).size).toBe(switched.length);
});
