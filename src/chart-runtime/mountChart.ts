// Takes over one server-rendered chart figure in the browser: loads the chart's code and input,
// re-renders at the frame's real size, animates between step states, re-lays out on resize.
// The state shown is always `states[index]`: nothing else is remembered between steps.

import { chartModules, type ChartName } from '../charts/chartModules';
import type { ChartModule } from '../charts/defineChart';
import { largeTypeMinWidth, type ChartTypeScale } from '../design/tokens';
import type { Locale } from '../i18n/locales';
import { registerMessages, translate } from '../i18n/translate';
import type { Scene } from '../charts/scene';
import type { Inspector } from './inspect';
import { applyScene } from './applyScene';

export interface ChartController {
  show: (index: number, options: { animate: boolean }) => void;
  destroy: () => void;
}

export const transitionMs = 750;

/** Smallest frame a chart is drawn in. */
const minimumFrame = { width: 160, height: 120 };

export async function mountChart(
  figure: HTMLElement,
  {
    name,
    inputUrl,
    states,
    locale,
    reducedMotion,
  }: { name: ChartName; inputUrl: string; states: readonly string[]; locale: Locale; reducedMotion: () => boolean },
): Promise<ChartController> {
  const [chart, { input, strings }] = await Promise.all([
    chartModules[name]() as Promise<ChartModule<unknown, string>>,
    fetch(inputUrl).then((response) => {
      if (!response.ok) throw new Error(`${inputUrl}: HTTP ${response.status}`);
      return response.json() as Promise<{ input: unknown; strings: Partial<Record<Locale, Record<string, string>>> }>;
    }),
  ]);
  registerMessages(locale, strings[locale] ?? {});

  const frame = figure.querySelector<HTMLElement>('[data-chart-frame]');
  if (!frame) throw new Error(`chart ${name}: no [data-chart-frame] in its figure`);
  // The static HTML carries a wide and a narrow rendering; keep the one CSS shows, drop the other.
  const svgs = [...frame.querySelectorAll<SVGSVGElement>('svg[data-chart-id]')];
  const svg = svgs.find((candidate) => candidate.getBoundingClientRect().width > 0) ?? svgs[0];
  if (!svg) throw new Error(`chart ${name}: no server-rendered <svg> to take over`);
  for (const other of svgs) if (other !== svg) other.remove();
  svg.classList.add('is-live');

  // Read any value: the inspector loads with the chart code and asks for the state's points only
  // when the reader reaches for the chart.
  let scene: Scene | undefined;
  const live = document.createElement('p');
  live.className = 'chart__live';
  live.setAttribute('aria-live', 'polite');
  figure.append(live);
  const { attachInspector } = await import('./inspect');

  let index = Math.max(0, states.indexOf(figure.dataset.state ?? ''));
  let size = { width: 0, height: 0 };
  // Chart type follows the reading distance: large on screens 1024 px wide and more.
  const typeFor = (): ChartTypeScale => (window.innerWidth >= largeTypeMinWidth ? 'large' : 'small');
  let type = typeFor();

  const render = (duration: number) => {
    const state = states[index]!;
    // A hidden graphic (static reading, print) has no size, and a frame caught mid-resize can be
    // briefly tiny: keep the current picture until the frame is big enough to draw in.
    if (size.width < minimumFrame.width || size.height < minimumFrame.height) return;
    figure.dataset.state = state;
    figure.dataset.rendered = 'pending';
    // User Timing marks: the benchmark attributes long tasks to charts with them.
    const started = performance.now();
    scene = chart.render(input, { state, width: size.width, height: size.height, locale, type });
    const drawn = applyScene(svg, scene, { duration });
    inspector?.refresh();
    performance.measure(`chart ${name} ${state}`, { start: started, end: performance.now() });
    void drawn.then(() => {
      if (figure.dataset.state === state) figure.dataset.rendered = state;
    });
  };

  const measure = () => {
    const { width, height } = frame.getBoundingClientRect();
    // Rounded down: the drawing is never scaled below the sizes it was laid out with.
    const next = { width: Math.floor(width), height: Math.floor(height) };
    const nextType = typeFor();
    const changed = next.width !== size.width || next.height !== size.height || nextType !== type;
    size = next;
    type = nextType;
    return changed;
  };

  let inspector: Inspector | undefined;
  measure();
  render(0);
  inspector = attachInspector(frame, svg, {
    label: translate(locale, 'chart.inspect', { title: scene?.title ?? name }),
    live,
    readable: () => scene?.inspect ?? [],
  });

  let frameRequest = 0;
  const resizeObserver = new ResizeObserver(() => {
    cancelAnimationFrame(frameRequest);
    frameRequest = requestAnimationFrame(() => {
      if (measure()) render(0);
    });
  });
  resizeObserver.observe(frame);

  return {
    show(next, { animate }) {
      if (next === index && figure.dataset.state === states[next]) return;
      index = Math.min(Math.max(next, 0), states.length - 1);
      render(animate && !reducedMotion() ? transitionMs : 0);
    },
    destroy() {
      inspector?.destroy();
      resizeObserver.disconnect();
      cancelAnimationFrame(frameRequest);
    },
  };
}
