// Listen: a chart state heard. Nothing is fetched and no AudioContext exists until the reader
// presses Listen (with the keyboard here); then the state's name and words are said in the
// edition's language, the first value is said as the inspector says it, and Escape gives the
// frame's keys back to the inspector.
import type { Page } from '@playwright/test';
import { animationFrames, expect, expectChartState, scrollToStep, test } from './fixtures';
import { editions } from './scrollies';

/**
 * Scrolls to the section's first step and waits until its chart has drawn it: the chart at rest, since
 * a state change while it is heard stops it. Returns that step's state.
 */
async function atFirstStep(page: Page, section: string): Promise<string> {
  const step = page.locator(`#${section} [data-step-state]`).first();
  const state = (await step.getAttribute('data-step-state'))!;
  await scrollToStep(page, (await step.getAttribute('id'))!);
  await expectChartState(page, section, state);
  return state;
}

// The keyboard and pitch tests run at desktop size; a finger's press is checked on the phone.
const atDesktop = () => test.skip(test.info().project.name === 'phone', 'checked at desktop size');

for (const { locale, path } of editions) {
  test(`${locale}: Listen loads the audio graph on press, says the summary and the first value, and Escape stops it`, async ({ page }) => {
    atDesktop();
    await page.addInitScript(() => {
      const Original = window.AudioContext;
      (window as unknown as { audioContexts: number }).audioContexts = 0;
      window.AudioContext = class extends Original {
        constructor(options?: AudioContextOptions) {
          super(options);
          (window as unknown as { audioContexts: number }).audioContexts += 1;
        }
      };
    });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.js')) scripts.push(request.url());
    });
    const audioContexts = () => page.evaluate(() => (window as unknown as { audioContexts: number }).audioContexts);
    await page.goto(path);
    const section = page.locator('#market-value');
    await atFirstStep(page, 'market-value');
    const figure = section.locator('[data-chart-figure]');
    const frame = section.locator('[data-chart-frame]');
    const said = figure.locator(':scope > .chart__live');
    const chartWords = frame.locator('.chart__live');
    const fetchedBefore = scripts.length;
    expect(await audioContexts()).toBe(0);

    // The inspector's reading of the first value, for comparison.
    await frame.evaluate((element) => element.focus({ preventScroll: true }));
    await page.keyboard.press('Home');
    const firstReading = (await said.textContent())!;
    expect(firstReading.length).toBeGreaterThan(5);
    expect(scripts).toHaveLength(fetchedBefore);

    await page.keyboard.press('Tab');
    const listen = figure.locator('.chart-listen');
    await expect(listen).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(listen).toHaveAttribute('aria-pressed', 'true');
    // The summary: the state's name and its words, as the page writes them in the edition's language.
    const state = (await figure.getAttribute('data-state'))!;
    const words = (await section.locator(`[data-step-state="${state}"] [data-description]`).first().textContent())!;
    await expect(said).toContainText(words);
    expect(scripts.slice(fetchedBefore).some((url) => /\/listen\.[\w-]+\.js$/.test(url))).toBe(true);
    // The first value, said as "label, value" where the inspector says "label: value".
    const separator = locale === 'fr' ? '\u00a0: ' : ': ';
    await expect(chartWords).toContainText(firstReading.replace(separator, ', '));
    await expect.poll(audioContexts).toBeGreaterThan(0);
    // The arrow keys are chart2music's: they move to the next point and say it.
    await page.keyboard.press('ArrowRight');
    await expect(chartWords).not.toContainText(firstReading.replace(separator, ', '));
    await expect(said).toContainText(words);

    await page.keyboard.press('Escape');
    await expect(listen).toHaveAttribute('aria-pressed', 'false');
    await expect(frame).toHaveAttribute('role', 'group');
    await expect(chartWords).toHaveCount(0);
    // The keys are the inspector's again.
    await expect(frame).toBeFocused();
    await page.keyboard.press('End');
    await expect(said).not.toHaveText(firstReading);
    await expect(said).not.toContainText(words);
  });
}

// Every chart is heard: in each section, Listen says the active state's words, then the arrow keys
// say its points ("label, value"); Escape ends it.
for (const { locale, path } of editions)
  test(`${locale}: every section's chart can be heard`, async ({ page }) => {
    atDesktop();
    await page.goto(path);
    for (const section of await page.locator('[data-scrolly]').all()) {
      const state = await atFirstStep(page, (await section.getAttribute('id'))!);
      const figure = section.locator('[data-chart-figure]');
      const frame = section.locator('[data-chart-frame]');
      await frame.evaluate((element) => element.focus({ preventScroll: true }));
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const words = (await section.locator(`[data-step-state="${state}"] [data-description]`).first().textContent())!;
      await expect(figure.locator(':scope > .chart__live')).toContainText(words);
      // Each next key says a point, "label, value" (chart2music's own summary quotes the chart's
      // title), and the very words the inspector shows for it, "label: value": two points of one
      // value each say their own.
      const separator = locale === 'fr' ? '\u00a0: ' : ': ';
      const said = frame.locator('.chart__live');
      const asSaid = (reading: string) => {
        const at = reading.lastIndexOf(separator);
        return `${reading.slice(0, at)}, ${reading.slice(at + separator.length)}`;
      };
      // chart2music pads a repeated line with spaces, so it is said again.
      const text = async () => ((await said.textContent()) ?? '').trim();
      const agree = async () => (await text()).includes(asSaid((await frame.locator('.chart-tip').textContent()) ?? ''));
      // Once the audio graph has the keys, Control cancels the series being played; End and Home
      // say the last and the first point.
      await expect(said).toHaveCount(1);
      await page.keyboard.press('Control');
      await page.keyboard.press('End');
      await expect(said).toHaveText(/^[^"]*\S, \S[^"]*$/);
      await expect.poll(agree).toBe(true);
      const last = await text();
      await page.keyboard.press('Home');
      await expect.poll(agree).toBe(true);
      for (let point = 0, before = await text(); point < 8 && before !== last; point++, before = await text()) {
        await page.keyboard.press('ArrowRight');
        await expect(said).not.toHaveText(before);
        await expect(said).toHaveText(/^[^"]*\S, \S[^"]*$/);
        await expect.poll(agree).toBe(true);
      }
      await page.keyboard.press('Escape');
      await expect(figure.locator('.chart-listen')).toHaveAttribute('aria-pressed', 'false');
    }
  });

// The button is there for the mouse too, beside the caption; and what is heard follows the values:
// on the line of Nvidia's market value, a higher point (a smaller y on screen) is a higher note.
test('en: Listen pressed with the mouse plays tones whose pitch follows the values, and stops when pressed again', async ({ page }) => {
  atDesktop();
  await page.addInitScript(() => {
    // Every oscillator frequency the audio graph sets; a tone sets a few, all in fixed ratios to its pitch.
    const set: number[] = [];
    (window as unknown as { frequencies: number[] }).frequencies = set;
    const create = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function (this: AudioContext) {
      const oscillator = create.call(this);
      const param = oscillator.frequency;
      const { get, set: write } = Object.getOwnPropertyDescriptor(AudioParam.prototype, 'value')!;
      Object.defineProperty(param, 'value', {
        get: () => get!.call(param),
        set: (value: number) => {
          set.push(value);
          write!.call(param, value);
        },
      });
      return oscillator;
    };
  });
  const section = page.locator('#market-value');
  await page.goto('');
  await atFirstStep(page, 'market-value');
  const figure = section.locator('[data-chart-figure]');
  const listen = figure.locator('.chart-listen');
  await expect(listen).toBeVisible();
  await listen.click();
  // A toggle keeps its name and says its state; the hint a pointer sees says how to stop.
  await expect(listen).toHaveAttribute('aria-pressed', 'true');
  await expect(listen).toHaveAccessibleName('Listen');
  await expect(listen).toHaveAttribute('title', 'Stop (Esc)');
  const frequencies = () => page.evaluate(() => (window as unknown as { frequencies: number[] }).frequencies.splice(0));
  await expect.poll(async () => (await frequencies()).length).toBeGreaterThan(0);
  // Control cancels the series being played; then each arrow key plays one point.
  await page.keyboard.press('Control');
  const ring = figure.locator('.inspect-ring');
  const heard: { pitch: number; y: number }[] = [];
  for (let point = 0; point < 12; point++) {
    await frequencies();
    await page.keyboard.press('ArrowRight');
    let tone: number[] = [];
    await expect.poll(async () => (tone = await frequencies()).length).toBeGreaterThan(0);
    // A tone's first frequency is its pitch: chart2music 1.20's _playDataPoint sets its main
    // oscillator before the carrier (×0.5) and modulator (×3) of its timbre, in one synchronous call.
    heard.push({ pitch: tone[0]!, y: Number(await ring.first().getAttribute('cy')) });
  }
  // Pitches are notes, so close values can share one: never higher for a lower point, and some lower.
  let lower = 0;
  for (const a of heard)
    for (const b of heard)
      if (a.y - b.y > 0.5) {
        expect(a.pitch, `a point lower on screen (y ${a.y} vs ${b.y}) does not sound higher`).toBeLessThanOrEqual(b.pitch);
        if (a.pitch < b.pitch) lower += 1;
      }
  expect(lower).toBeGreaterThan(3);
  // Escape stops it from the button as well as from the frame; a second press stops it too.
  await listen.focus();
  await page.keyboard.press('Escape');
  await expect(listen).toHaveAttribute('aria-pressed', 'false');
  await expect(listen).toHaveAttribute('title', 'Listen');
  await listen.click();
  await expect(figure.locator('[data-chart-frame] .chart__live')).toHaveCount(1);
  await listen.click();
  await expect(listen).toHaveAttribute('aria-pressed', 'false');
  await expect(figure.locator('[data-chart-frame] .chart__live')).toHaveCount(0);
});

// A double press before the audio graph has loaded is a press and its undoing: nothing plays.
// On the phone, with a finger: the button is there and a tap starts and stops it.
test('a double press while the audio graph loads leaves nothing playing; a tap starts and stops it', async ({ page }) => {
  await page.goto('fr/');
  const section = page.locator('#daily-moves');
  await atFirstStep(page, 'daily-moves');
  const figure = section.locator('[data-chart-figure]');
  const listen = figure.locator('.chart-listen');
  const loaded = page.waitForResponse((response) => /\/listen\.[\w-]+\.js$/.test(response.url()));
  await listen.dblclick();
  await loaded;
  await animationFrames(page, 10);
  await expect(listen).toHaveAttribute('aria-pressed', 'false');
  await expect(figure.locator('[data-chart-frame] .chart__live')).toHaveCount(0);
  if (test.info().project.name !== 'phone') return;
  await listen.tap();
  await expect(listen).toHaveAttribute('aria-pressed', 'true');
  await expect(listen).toHaveAttribute('title', 'Arrêter (Échap)');
  await expect(figure.locator('[data-chart-frame] .chart__live')).toHaveCount(1);
  await listen.tap();
  await expect(listen).toHaveAttribute('aria-pressed', 'false');
  await expect(listen).toHaveAttribute('title', 'Écouter');
});

test('one chart is heard at a time, and Escape pressed elsewhere stops it without moving the reader', async ({ page }) => {
  atDesktop();
  await page.goto('');
  // Both charts live: the chip index's, visited first, and the market value's, where the reader is.
  for (const section of ['sox-history', 'market-value']) await atFirstStep(page, section);
  const here = page.locator('#market-value .chart-listen');
  const there = page.locator('#sox-history .chart-listen');
  await here.click();
  await expect(here).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#market-value [data-chart-frame] .chart__live')).toHaveCount(1);
  // The other chart's button, pressed where it stands (a script's click, so the page does not move).
  await there.evaluate((button: HTMLButtonElement) => button.click());
  await expect(here).toHaveAttribute('aria-pressed', 'false');
  await expect(there).toHaveAttribute('aria-pressed', 'true');
  // The reader clicks the story's words, then presses Escape: it stops, and they stay where they are.
  await page.locator('#market-value [data-step-state] p').first().click();
  await expect(page.locator('#sox-history [data-chart-frame] .chart__live')).toHaveCount(1);
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('Escape');
  await expect(there).toHaveAttribute('aria-pressed', 'false');
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  await expect(page.locator('#sox-history [data-chart-frame]')).not.toBeFocused();
});
