// Legibility as a tested invariant: every step state of every chart, in both editions, at eight
// screen sizes, fails on two visible labels that overlap, a label cut by the chart's frame or the
// screen, chart text under 12 CSS px (14 px at 1024 px wide and more), a sticky graphic taller
// than the screen, or a Listen button hidden, cut or over any words. One page load per size and
// language; states are walked in the page with reduced motion and read from the DOM. Runs in its own Playwright project ("layout"), once.
import { expect, test, webFontsIn } from './fixtures';
import { editions } from './scrollies';
import { layoutViewports } from './viewports';

/** What the page reports for one chart state: every legibility problem, described for a reader. */
interface StateReport {
  problems: { kind: 'overlap' | 'cut' | 'small' | 'tall'; text: string }[];
}

test.use({ reducedMotion: 'reduce' });

for (const viewport of layoutViewports) {
  for (const { locale, path } of editions) {
    const size = `${viewport.width}×${viewport.height}`;
    test.describe(`${size} ${locale}`, () => {
      test.use({ viewport });

      test(`every chart state is legible at ${size} (${locale})`, async ({ page }) => {
        test.slow();
        await page.goto(path);
        await webFontsIn(page);
        const steps = await page.locator('[data-scrolly] [data-step][id]').evaluateAll((elements) =>
          elements.map((element) => ({
            id: element.id,
            section: element.closest('[data-scrolly]')!.id,
            state: (element as HTMLElement).dataset.stepState ?? '',
          })),
        );
        expect(steps.length).toBeGreaterThan(20);

        const problems: string[] = [];
        const counts = { overlap: 0, cut: 0, small: 0, tall: 0 };
        for (const step of steps) {
          // One round trip per state: the page scrolls, waits for the frame the state is drawn, measures.
          const report = await page.evaluate(visitState, step);
          expect(report.shows, `${step.section} at ${size} (${locale})`).toBe(step.state);
          for (const problem of report.problems) {
            counts[problem.kind] += 1;
            problems.push(`${step.section} "${step.state}" at ${size} (${locale}): ${problem.text}`);
          }
        }
        console.log(`layout ${size} ${locale}: ${JSON.stringify(counts)}`);
        expect(problems).toEqual([]);
      });
    });
  }
}

/**
 * Runs in the page: scrolls the step to the trigger line as a reader would, waits (frame by frame, at
 * most 10 s) until the section's live chart has drawn the step's state, and measures it. `shows` is
 * the state the chart has drawn, so a state that never came fails by name.
 */
async function visitState({
  id,
  section,
  state,
}: {
  id: string;
  section: string;
  state: string;
}): Promise<StateReport & { shows: string }> {
  const step = document.getElementById(id)!;
  window.scrollTo({ top: step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.45, behavior: 'instant' });
  const figure = document.querySelector<HTMLElement>(`#${section} [data-chart-figure]`)!;
  const drawn = () => figure.dataset.live === 'true' && figure.dataset.rendered === state;
  const until = performance.now() + 10_000;
  while (!drawn() && performance.now() < until) await new Promise(requestAnimationFrame);
  const shows = figure.dataset.live === 'true' ? (figure.dataset.rendered ?? '') : 'no live chart';
  return { shows, ...measureState(section) };

  /** The live chart of `section`, measured as the reader sees it (inside visitState: the page runs this function's source alone). */
  function measureState(section: string): StateReport {
    const problems: StateReport['problems'] = [];
    const root = document.getElementById(section)!;
    const graphic = root.querySelector<HTMLElement>('.scrolly__graphic')!;
    const frame = root.querySelector<HTMLElement>('[data-chart-frame]')!;
    const svg = root.querySelector<SVGSVGElement>('svg.is-live')!;
    const slack = 1;
    const view = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
    const inside = (box: DOMRect, bounds: { left: number; top: number; right: number; bottom: number }) =>
      box.left >= bounds.left - slack &&
      box.right <= bounds.right + slack &&
      box.top >= bounds.top - slack &&
      box.bottom <= bounds.bottom + slack;

    // Where the graphic sticks (below the navigation bar), all of it must fit on the screen.
    const graphicBox = graphic.getBoundingClientRect();
    const stuckAt = parseFloat(getComputedStyle(graphic).top) || 0;
    if (stuckAt + graphicBox.height > window.innerHeight + slack) {
      problems.push({ kind: 'tall', text: `the sticky graphic (${Math.round(graphicBox.height)} px) does not fit the screen` });
    }

    const visible = (element: Element) => {
      if (element.closest('[data-leaving]')) return false;
      for (let node: Element | null = element; node && node !== svg; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) < 0.05) return false;
      }
      return (element.textContent ?? '').trim() !== '';
    };
    const scale = svg.getScreenCTM()?.a ?? 1;
    const minimum = window.innerWidth >= 1024 ? 14 : 12;
    const labels = [...svg.querySelectorAll('text')].filter(visible).map((element) => ({
      text: (element.textContent ?? '').trim(),
      box: element.getBoundingClientRect(),
      size: parseFloat(getComputedStyle(element).fontSize) * scale,
    }));
    const frameBox = frame.getBoundingClientRect();
    for (const label of labels) {
      if (label.size < minimum - 0.01)
        problems.push({ kind: 'small', text: `"${label.text}" is ${label.size.toFixed(1)} px (minimum ${minimum})` });
      if (!inside(label.box, frameBox)) problems.push({ kind: 'cut', text: `"${label.text}" is cut by the chart's frame` });
      else if (!inside(label.box, view)) problems.push({ kind: 'cut', text: `"${label.text}" is cut by the screen edge` });
    }
    for (let i = 0; i < labels.length; i += 1) {
      for (let j = i + 1; j < labels.length; j += 1) {
        const a = labels[i]!.box;
        const b = labels[j]!.box;
        const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (across > slack && down > slack) problems.push({ kind: 'overlap', text: `"${labels[i]!.text}" overlaps "${labels[j]!.text}"` });
      }
    }
    // The Listen button beside the caption: shown, a 24 px target at least, on the screen, over no words.
    const listen = root.querySelector<HTMLElement>('.chart-listen')!;
    const listenBox = listen.getBoundingClientRect();
    if (getComputedStyle(listen).visibility !== 'visible') problems.push({ kind: 'cut', text: 'the Listen button is hidden' });
    else if (listenBox.width < 24 - slack || listenBox.height < 24 - slack)
      problems.push({
        kind: 'small',
        text: `the Listen button is under 24 px (${Math.round(listenBox.width)}×${Math.round(listenBox.height)})`,
      });
    else if (!inside(listenBox, view)) problems.push({ kind: 'cut', text: 'the Listen button is cut by the screen edge' });
    const caption = document.createRange();
    caption.selectNodeContents(root.querySelector('.chart__caption-variant.is-shown')!);
    const words = [...labels, ...[...caption.getClientRects()].map((box) => ({ text: 'the caption', box }))];
    for (const { text, box } of words) {
      const across = Math.min(box.right, listenBox.right) - Math.max(box.left, listenBox.left);
      const down = Math.min(box.bottom, listenBox.bottom) - Math.max(box.top, listenBox.top);
      if (across > slack && down > slack)
        problems.push({ kind: 'overlap', text: `the Listen button overlaps ${text === 'the caption' ? text : `"${text}"`}` });
    }
    return { problems };
  }
}
