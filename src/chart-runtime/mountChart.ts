// Takes over one server-rendered chart figure in the browser: loads the chart's code and input,
// adopts the server's drawing when it was laid out for this frame (else re-renders at the frame's
// real size), animates between step states, re-lays out on resize while the chart is near the
// viewport. The state shown is always `states[index]`: nothing else is remembered between steps.

import { largeTypeMinWidth, type ChartTypeScale } from '../design/tokens';
import type { Locale } from '../i18n/locales';
import { translate } from '../i18n/translate';
import type { Scene } from '../charts/shared/scene';
import type { Inspector } from './inspect';
import { applyScene } from './applyScene';
import { readPathsAhead } from './pathTween';
import { loadChart } from './loadChart';

export interface ChartController {
  show: (index: number, options: { animate: boolean }) => void;
  destroy: () => void;
}

const transitionMs = 750;

/** Smallest frame a chart is drawn in. */
const minimumFrame = { width: 160, height: 120 };

/**
 * How far a frame's height may differ from the server drawing's for the drawing to be adopted: a
 * quarter pixel shorter (text stays within 0.01 px of its size), up to 32 px taller (blank above
 * and below, as the SVG scales to fit without growing past its width).
 */
const adoptSlack = { shorter: 0.25, taller: 32 };

/** An idle period (ms) long enough for a job done ahead (see `planAhead`): the longest take up to 30 ms at 4× CPU. */
const idleEnough = 30;

export async function mountChart(
  figure: HTMLElement,
  {
    name,
    inputUrl,
    states,
    locale,
    reducedMotion,
  }: { name: string; inputUrl: string; states: readonly string[]; locale: Locale; reducedMotion: () => boolean },
): Promise<ChartController> {
  // The chart's own strings come with it and are handed to every render: nothing global is filled in.
  const { chart, input, messages } = await loadChart(name, inputUrl, locale);

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
  let currentScale = typeFor();

  /** A state change or resize left undrawn while the chart was far from the viewport. */
  let stale = false;
  /** The server's drawing, while it is the one shown: its size is the scene's. */
  let adoptedSize: { width: number; height: number } | undefined;
  const sceneNow = (state = states[index]!, frameSize = adoptedSize ?? size, typeScale = currentScale) =>
    chart.render(input, { state, ...frameSize, messages, typeScale });

  // Nothing runs for a chart far from the viewport (more than a screen away): a resize or a state
  // change there is drawn when it comes near. Read from the layout at the time (an observer's report
  // of a jump arrives a frame late), and the observer draws what was left when it comes near.
  const near = () => {
    const { top, bottom } = figure.getBoundingClientRect();
    return bottom > -window.innerHeight && top < 2 * window.innerHeight;
  };
  /** A frame big enough to draw in (a hidden one measures 0×0; one caught mid-resize, a few px). */
  const drawable = () => size.width >= minimumFrame.width && size.height >= minimumFrame.height;
  /** Runs `work` as a User Timing measure, `chart <name> <label>`: the bench attributes tasks by them. */
  const measured = <T>(label: string, work: () => T, detail?: Record<string, unknown>): T => {
    const start = performance.now();
    const result = work();
    performance.measure(`chart ${name} ${label}`, { start, end: performance.now(), detail });
    return result;
  };

  // Work a state change would do is done ahead, while the reader reads: one job per idle period
  // long enough for it, only while the chart is near, for the frame as it is: the scenes of the
  // other states, and the long paths a transition reads numbers from (the drawing's and each
  // scene's). Cold, a scene takes up to 30 ms at 4× CPU (most of it code running for the first
  // time) and a long line's path 10 to 20 ms to read; ahead, a state change only draws. Nothing is
  // done ahead where idle callbacks do not exist.
  const ahead = new Map<string, Scene>();
  const aheadKey = (state: string, frameSize: { width: number; height: number }, typeScale: ChartTypeScale) =>
    `${state} ${frameSize.width}×${frameSize.height} ${typeScale}`;
  const pathsRead = new WeakSet<Scene>();
  let drawingRead = false;
  const pathsOf = (next: Scene) =>
    next.layers.flatMap((layer) =>
      layer.marks.flatMap((mark) => (mark.tag === 'path' && typeof mark.attrs.d === 'string' ? [mark.attrs.d] : [])),
    );
  const jobAhead = (): (() => void) | undefined => {
    if (!drawingRead)
      return () => {
        drawingRead = true;
        measured(`${states[index]}: paths ahead`, () =>
          readPathsAhead([...svg.querySelectorAll('path[d]')].map((path) => path.getAttribute('d') ?? '')),
        );
      };
    const frameSize = { ...size };
    const typeNow = currentScale;
    // The states below first, nearest first (a reader mostly scrolls down), then those above.
    const order = [...states.keys()].filter((other) => other > index);
    order.push(...[...states.keys()].filter((other) => other < index).reverse());
    for (const other of order) {
      const state = states[other]!;
      const key = aheadKey(state, frameSize, typeNow);
      const computed = ahead.get(key);
      if (!computed)
        return () =>
          ahead.set(
            key,
            measured(`${state}: scene ahead`, () => sceneNow(state, frameSize, typeNow)),
          );
      if (!pathsRead.has(computed))
        return () => {
          pathsRead.add(computed);
          measured(`${state}: paths ahead`, () => readPathsAhead(pathsOf(computed)));
        };
    }
    return undefined;
  };
  const canIdle = 'requestIdleCallback' in window;
  let aheadRequest = 0;
  const planAhead = () => {
    if (!canIdle) return;
    cancelIdleCallback(aheadRequest);
    aheadRequest = requestIdleCallback((deadline) => {
      if (!near() || !drawable()) return;
      const job = jobAhead();
      if (!job) return;
      // Only in an idle period long enough for it; else at the next one.
      if (deadline.timeRemaining() >= idleEnough) job();
      planAhead();
    });
  };

  // A state change is three short tasks instead of one long one: the scene is computed in a task of
  // its own, written into the SVG in the next, and the browser lays out and paints it in a third.
  let computeTimer = 0;
  let drawTimer = 0;
  const cancelDraw = () => {
    clearTimeout(computeTimer);
    clearTimeout(drawTimer);
  };
  const render = (duration: number) => {
    const state = states[index]!;
    // A hidden graphic (static reading, print) has no size, and a frame caught mid-resize can be
    // briefly tiny: keep the current picture (and any draw under way) until the frame is big enough
    // to draw in; the next resize draws what is asked then.
    if (!drawable()) {
      stale = true;
      return;
    }
    cancelDraw();
    // The scene is computed a task later for the frame as it is now: a resize in between (a hidden
    // frame measures 0×0) is the resize's own render to draw, never this one's.
    const frameNow = { ...size };
    const typeNow = currentScale;
    figure.dataset.state = state;
    figure.dataset.rendered = 'pending';
    adoptedSize = undefined;
    stale = false;
    drawingRead = false;
    computeTimer = window.setTimeout(() => {
      const computedAhead = ahead.get(aheadKey(state, frameNow, typeNow));
      const next = measured(`${state}: scene`, () => computedAhead ?? sceneNow(state, frameNow, typeNow), {
        ahead: computedAhead !== undefined,
      });
      drawTimer = window.setTimeout(() => {
        scene = next;
        const drawn = measured(`${state}: draw`, () => {
          const applied = applyScene(svg, next, { duration });
          inspector?.refresh();
          return applied;
        });
        void drawn.then(() => {
          if (figure.dataset.state !== state) return;
          figure.dataset.rendered = state;
          planAhead();
        });
      });
    });
  };

  const measure = () => {
    const { width, height } = frame.getBoundingClientRect();
    // Rounded down: the drawing is never scaled below the sizes it was laid out with.
    const next = { width: Math.floor(width), height: Math.floor(height) };
    const nextType = typeFor();
    const changed = next.width !== size.width || next.height !== size.height || nextType !== currentScale;
    size = next;
    currentScale = nextType;
    // Scenes computed ahead for the old frame are never drawn now.
    if (changed) ahead.clear();
    return changed;
  };

  // Attached after the first render below; until then a render has nothing to refresh.
  let inspector: Inspector | undefined = undefined;
  measure();
  // The server drew the first state for a typical frame (a 390×844 phone's, a 1440×900 desktop's)
  // at that type scale. If this frame has its width and at least its height (a one-line caption
  // leaves up to a few lines' more), the drawing is adopted as it is, at full scale, and its scene
  // is computed only if the reader inspects it. Any other frame is drawn at its real size.
  const served = { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
  const frameHeight = frame.getBoundingClientRect().height;
  const adopted =
    states[index] === states[0] &&
    svg.dataset.type === currentScale &&
    served.width === size.width &&
    frameHeight >= served.height - adoptSlack.shorter &&
    frameHeight <= served.height + adoptSlack.taller;
  if (adopted) {
    adoptedSize = served;
    figure.dataset.rendered = states[index]!;
    planAhead();
  } else render(0);
  inspector = attachInspector(frame, svg, {
    // The step's words already name the chart: the frame says only what its keys do.
    label: translate(messages, 'chart.inspect'),
    live,
    readable: () => (scene ??= sceneNow()).inspect ?? [],
  });

  const nearby = new IntersectionObserver(
    ([entry]) => {
      if (!entry?.isIntersecting) return;
      // Back near: the work ahead goes on where it stopped.
      if (!stale) return planAhead();
      // A frame later, after the steps' own observers have said which state is active now.
      requestAnimationFrame(() => {
        if (stale) render(0);
      });
    },
    { rootMargin: '100% 0px' },
  );
  nearby.observe(figure);

  let resizeRequest = 0;
  const resizeObserver = new ResizeObserver(() => {
    cancelAnimationFrame(resizeRequest);
    resizeRequest = requestAnimationFrame(() => {
      if (!measure()) return;
      if (near()) render(0);
      else {
        // A draw under way is for the old size: dropped, and drawn at the new one when the chart comes near.
        cancelDraw();
        stale = true;
      }
    });
  });
  resizeObserver.observe(frame);

  return {
    show(next, { animate }) {
      if (next === index && figure.dataset.state === states[next]) return;
      index = Math.min(Math.max(next, 0), states.length - 1);
      // A chart far from the viewport (the reader jumped past it) is drawn when it comes near.
      if (!near()) {
        // A draw still under way would show an earlier state: it is dropped, and the one asked for
        // now is drawn when the chart comes near.
        cancelDraw();
        stale = true;
        return;
      }
      render(animate && !reducedMotion() ? transitionMs : 0);
    },
    destroy() {
      inspector?.destroy();
      nearby.disconnect();
      resizeObserver.disconnect();
      cancelAnimationFrame(resizeRequest);
      if (canIdle) cancelIdleCallback(aheadRequest);
      cancelDraw();
    },
  };
}
