// The drawing the server wrote into a chart's frame, when the browser may show it as it is, and the
// User Timing measures the browser's own drawing is timed by.

import type { ChartTypeScale } from '../design/tokens';

/**
 * How far a frame's height may differ from the server drawing's for the drawing to be adopted: a
 * quarter pixel shorter (text stays within 0.01 px of its size), up to 32 px taller (blank above
 * and below, as the SVG scales to fit without growing past its width).
 */
const adoptSlack = { shorter: 0.25, taller: 32 };

/**
 * The HTML carries a wide and a narrow drawing: the one CSS shows is kept and marked live, the other
 * dropped. Returns it with its frame and the figure's Listen button.
 */
export function takeOver(figure: HTMLElement, chart: string): { frame: HTMLElement; svg: SVGSVGElement; listenButton: HTMLButtonElement } {
  const frame = figure.querySelector<HTMLElement>('[data-chart-frame]');
  const listenButton = figure.querySelector<HTMLButtonElement>('.chart-listen');
  const svgs = [...(frame?.querySelectorAll<SVGSVGElement>('svg[data-chart-id]') ?? [])];
  const svg = svgs.find((candidate) => candidate.getBoundingClientRect().width > 0) ?? svgs[0];
  if (!frame || !svg || !listenButton)
    throw new Error(`chart ${chart}: no server drawing in a [data-chart-frame], or no Listen button, to take over`);
  for (const other of svgs) if (other !== svg) other.remove();
  svg.classList.add('is-live');
  return { frame, svg, listenButton };
}

/** Runs `work` as a User Timing measure named `label`: the bench and the tests attribute work by them. */
export function timed<T>(label: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  performance.measure(label, { start, end: performance.now() });
  return result;
}

/**
 * The server drew the first state for a typical frame (a 390×844 phone's, a 1440×900 desktop's) at
 * that type scale. A frame with its width and about its height (a one-line caption leaves a few
 * lines more) shows it as it is: its size is returned. Any other frame is drawn at its real size.
 */
export function adoptableSize(
  svg: SVGSVGElement,
  frame: { width: number; height: number; typeScale: ChartTypeScale },
): { width: number; height: number } | undefined {
  const served = { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
  const fits =
    svg.dataset.type === frame.typeScale &&
    served.width === Math.floor(frame.width) &&
    frame.height >= served.height - adoptSlack.shorter &&
    frame.height <= served.height + adoptSlack.taller;
  return fits ? served : undefined;
}
