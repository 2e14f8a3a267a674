// Takes over one server-rendered chart figure in the browser, once loadChart has its code, input
// and strings. Its life cycle:
//   adopt  the server's drawing when it was laid out for this frame, else render at the frame's size;
//   show   a step's state: one render, animated;
//   resize drawn again at the new size.
// Near: within a screen of the viewport (one IntersectionObserver). A chart not near does nothing.

import { typeScaleFor } from '../design/tokens';
import { translate } from '../i18n/translate';
import type { Scene } from '../charts/shared/scene';
import { applyScene } from './applyScene';
import { attachInspector } from './inspect';
import type { LoadedChart } from './loadChart';
import { adoptableSize, takeOver, timed } from './serverDrawing';
import { scenesAhead } from './scenesAhead';

/** A chart taken over lives as long as its page: nothing takes it down. */
export interface ChartController {
  show: (index: number, options: { animate: boolean }) => void;
}

const transitionMs = 750;
/** Smallest frame a chart is drawn in (a hidden one measures 0×0; one caught mid-resize, a few px). */
const minimumFrame = { width: 160, height: 120 };

interface MountOptions {
  /** The section's steps, in order: each asks for a state and carries its description (Step.astro). */
  steps: readonly HTMLElement[];
  reducedMotion: () => boolean;
}

export function mountChart(
  figure: HTMLElement,
  { chart, input, messages }: LoadedChart,
  { steps, reducedMotion }: MountOptions,
): ChartController {
  const { frame, svg, listenButton } = takeOver(figure, chart.name);
  const states = steps.map((step) => step.dataset.stepState ?? '');
  // The words for a state are written at build only: its step carries them.
  const description = (state: string) => steps[states.indexOf(state)]?.querySelector('[data-description]')?.textContent ?? '';

  let index = Math.max(0, states.indexOf(figure.dataset.state ?? ''));
  let size = { width: 0, height: 0 };
  let typeScale = typeScaleFor(innerWidth);
  /** What the frame shows, once computed (an adopted drawing's only if the reader inspects it). */
  let scene: Scene | undefined;
  /** The size the scene shown is computed for: the server drawing's while it is the one shown. */
  let sceneSize = size;
  /** A state change or resize not yet drawn, because the chart was not near or the frame too small. */
  let stale = false;
  const viewport = figure.getBoundingClientRect();
  let near = viewport.bottom > -innerHeight && viewport.top < 2 * innerHeight;

  /** Reads the frame's size (rounded down: a drawing is never scaled below its layout); true if it changed. */
  const measure = () => {
    const { width, height } = frame.getBoundingClientRect();
    const next = { width: Math.floor(width), height: Math.floor(height), typeScale: typeScaleFor(innerWidth) };
    const changed = next.width !== size.width || next.height !== size.height || next.typeScale !== typeScale;
    ({ typeScale, ...size } = next);
    if (changed) ahead.clear();
    return changed;
  };
  const measured = <T>(label: string, work: () => T): T => timed(`chart ${chart.name} ${label}`, work);
  const sceneOf = (state: string, at = sceneSize): Scene => ({
    ...chart.render(input, { state, ...at, messages, typeScale }),
    description: description(state),
  });
  const ahead = scenesAhead({
    compute: (state) => measured(`${state}: scene ahead`, () => sceneOf(state, size)),
    key: (state) => `${state} ${size.width}×${size.height} ${typeScale}`,
    near: () => near,
  });

  // Three short tasks instead of one long one: the scene here, its drawing in the next task, the
  // layout and paint in the frame's own (kept: without it the bench's scroll had 25 long tasks, not 6).
  let timer = 0;
  /** The state whose drawing is in the SVG (the server's until the first draw; none while one is on its way). */
  let shown: string | undefined = states[index];
  const draw = (duration: number) => {
    stale = !near || size.width < minimumFrame.width || size.height < minimumFrame.height;
    if (stale) return;
    const state = states[index]!;
    figure.dataset.state = state;
    figure.dataset.rendered = 'pending';
    [sceneSize, shown] = [size, undefined];
    const next = ahead.take(state) ?? measured(`${state}: scene`, () => sceneOf(state));
    timer = window.setTimeout(() => {
      [scene, shown] = [next, state];
      const drawn = measured(`${state}: draw`, () => applyScene(svg, next, { duration }));
      inspector.refresh();
      void drawn.then(() => {
        if (scene !== next) return;
        figure.dataset.rendered = state;
        ahead.prepareAround(states, index);
      });
    });
  };

  const live = figure.appendChild(Object.assign(document.createElement('p'), { className: 'chart__live', ariaLive: 'polite' }));
  const inspector = attachInspector(frame, svg, {
    // The step's words already name the chart: the frame says only what its keys do.
    label: translate(messages, 'chart.inspect'),
    live,
    readable: () => (scene ??= sceneOf(states[index]!)).inspect ?? [],
    listen: {
      button: listenButton,
      stopLabel: translate(messages, 'chart.listen.stop'),
      locale: messages.locale,
      separator: translate(messages, 'chart.reading', { label: '', value: '' }),
      axes: { x: translate(messages, 'chart.listen.points'), y: translate(messages, 'chart.listen.values') },
      summary: () => ({ title: (scene ??= sceneOf(states[index]!)).title, description: description(states[index]!) }),
    },
  });

  // Adopt the server's drawing of the first state if it was laid out for this frame, else draw.
  measure();
  const served = index === 0 ? adoptableSize(svg, { ...frame.getBoundingClientRect().toJSON(), typeScale }) : undefined;
  if (served) {
    sceneSize = served;
    figure.dataset.rendered = states[0]!;
    ahead.prepareAround(states, index);
  } else draw(0);

  // What is asked in one go (steps crossed by a jump, a resize) is drawn once, `frames` later or next.
  let request = 0;
  const drawSoon = (duration: number, frames = 0) => {
    cancelAnimationFrame(request);
    clearTimeout(timer);
    if (frames > 0) request = requestAnimationFrame(() => drawSoon(duration, frames - 1));
    else timer = window.setTimeout(() => (measure() || stale || shown !== states[index]) && draw(duration));
  };
  // Back near, what was left is drawn two frames later, once the steps (a frame after their own
  // observers) have said which state is active; else the neighbours' scenes are prepared.
  new IntersectionObserver(
    ([entry]) => {
      near = entry?.isIntersecting ?? near;
      if (near && stale) drawSoon(0, 2);
      else if (near) ahead.prepareAround(states, index);
    },
    { rootMargin: '100% 0px' },
  ).observe(figure);
  new ResizeObserver(() => drawSoon(0)).observe(frame);

  return {
    show(next, { animate }) {
      index = Math.min(Math.max(next, 0), states.length - 1);
      drawSoon(animate && !reducedMotion() ? transitionMs : 0);
    },
  };
}
