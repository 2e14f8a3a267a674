// Read any value: a chart's inspectable points (from its scene) answer hover, tap and keyboard. A
// crosshair or ring marks the point, a tooltip gives its text, and a polite live region says it to
// screen readers. Touch never blocks scrolling: a tap shows the nearest value, a tap elsewhere hides
// it. Loaded with the chart code, never on first paint. The figure's Listen button hands the same
// points and keys to the audio graph (listen.ts, fetched when pressed) until Escape gives them back.
// Browser only; knows no chart.

import type { Inspectable } from '../charts/shared/scene';
import { SVG_NS } from './applyScene';
import type { ListenOptions, Listening } from './listen';

/** The page hears one chart at a time: pressing another chart's Listen stops this one. */
let stopHeard: (() => void) | undefined;
// Escape stops it wherever the reader is on the page (on the frame, chart2music's Escape does too).
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') stopHeard?.();
});

/** Lives as long as its chart, that is, as long as the page. */
export interface Inspector {
  /** The state drawn has changed: a shown value moves to the nearest point of the new state, or hides. */
  refresh: () => void;
}

/** An SVG element with these attributes, in this order. */
function svgElement(tag: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

/** The item nearest to (x, y): by x alone for items on a line, by distance for the others. */
function nearest(items: readonly Inspectable[], x: number, y: number): number {
  let best = -1;
  let bestDistance = Infinity;
  items.forEach((item, index) => {
    const distance = item.snap === 'x' ? Math.abs(item.x - x) : Math.hypot(item.x - x, item.y - y);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = index;
    }
  });
  return best;
}

export function attachInspector(
  frame: HTMLElement,
  svg: SVGSVGElement,
  {
    label,
    live,
    readable,
    listen,
  }: {
    label: string;
    live: HTMLElement;
    readable: () => readonly Inspectable[];
    /** The Listen button (the figure's, beside its caption, named in the HTML), and what the reader hears first: the state's name and its text alternative. */
    listen: Pick<ListenOptions, 'locale' | 'separator' | 'axes'> & {
      button: HTMLButtonElement;
      /** The button's hint while the chart plays: how to stop. Its name stays (a toggle says its state by aria-pressed). */
      stopLabel: string;
      summary: () => { title: string; description: string };
    };
  },
): Inspector {
  // The points are asked for when the reader first reaches for the chart, not before.
  let cached: readonly Inspectable[] | undefined;
  const items = () => (cached ??= readable());
  let current = -1;

  const layer = svg.appendChild(svgElement('g', { 'data-inspect': '', class: 'inspect' }));
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.hidden = true;
  tip.setAttribute('aria-hidden', 'true');
  frame.append(tip);

  const listenButton = listen.button;
  const listenHint = listenButton.title;
  let listening: Listening | undefined;
  /** Ends the chart heard, or a press whose audio graph is still loading. */
  const stopListening = () => {
    if (listening) return listening.stop();
    listenButton.setAttribute('aria-pressed', 'false');
    listenButton.title = listenHint;
    if (stopHeard === stopListening) stopHeard = undefined;
  };
  listenButton.addEventListener('click', () => {
    if (listenButton.getAttribute('aria-pressed') === 'true') return stopListening();
    stopHeard?.();
    stopHeard = stopListening;
    listenButton.setAttribute('aria-pressed', 'true');
    listenButton.title = listen.stopLabel;
    const { title, description } = listen.summary();
    live.textContent = `${title}. ${description}`;
    void import('./listen').then((audio) => {
      if (listenButton.getAttribute('aria-pressed') !== 'true' || listening) return;
      listening = audio.listen(frame, {
        items: items(),
        title,
        locale: listen.locale,
        separator: listen.separator,
        axes: listen.axes,
        onPoint: (index) => show(index, { announce: false }),
        onStop: () => {
          listening = undefined;
          stopListening();
          // The keys go back to the inspector; focus moves only if it was on the chart (Escape from
          // elsewhere on the page leaves the reader where they are).
          if (frame.contains(document.activeElement) || document.activeElement === listenButton) frame.focus({ preventScroll: true });
        },
      });
    });
  });
  // The frame takes focus (the pictures inside it are hidden from screen readers: each step has its own).
  frame.tabIndex = 0;
  frame.setAttribute('role', 'group');
  frame.setAttribute('aria-label', label);

  const hide = () => {
    current = -1;
    layer.replaceChildren();
    tip.hidden = true;
  };

  const show = (index: number, { announce }: { announce: boolean }) => {
    const item = items()[index];
    if (!item) return hide();
    current = index;
    const text = item.read();
    const marks: Element[] = [];
    if (item.snap === 'x' && item.guide)
      marks.push(svgElement('line', { x1: item.x, x2: item.x, y1: item.guide[0], y2: item.guide[1], class: 'inspect-guide' }));
    for (const point of item.points ?? [{ x: item.x, y: item.y }])
      marks.push(svgElement('circle', { cx: point.x, cy: point.y, r: 6, class: 'inspect-ring' }));
    layer.replaceChildren(...marks);

    tip.textContent = text;
    tip.hidden = false;
    // Beside the point, flipped to stay inside the frame. The screen matrix maps the drawing's
    // coordinates however it is fitted in its box (scaled, or centred in a taller frame).
    const box = frame.getBoundingClientRect();
    const onScreen = new DOMPoint(item.x, item.y).matrixTransform(svg.getScreenCTM() ?? undefined);
    const pointX = onScreen.x - box.left;
    const py = onScreen.y - box.top;
    const { offsetWidth: width, offsetHeight: height } = tip;
    const left = pointX + 12 + width <= box.width ? pointX + 12 : Math.max(0, pointX - 12 - width);
    const top = Math.min(Math.max(0, py - height - 10), Math.max(0, box.height - height));
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
    if (announce) live.textContent = text;
  };

  const locate = (event: MouseEvent) => {
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(svg.getScreenCTM()?.inverse());
    return { x: point.x, y: point.y };
  };

  svg.addEventListener('pointermove', (event) => {
    if (event.pointerType === 'touch' || items().length === 0) return;
    const { x, y } = locate(event);
    const index = nearest(items(), x, y);
    if (index !== current) show(index, { announce: false });
  });
  svg.addEventListener('pointerleave', (event) => {
    if (event.pointerType !== 'touch' && document.activeElement !== frame) hide();
  });
  // A tap (a click that did not scroll) shows the nearest value; no default is prevented.
  svg.addEventListener('click', (event) => {
    if (items().length === 0) return;
    const { x, y } = locate(event);
    show(nearest(items(), x, y), { announce: true });
  });
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (current >= 0 && !frame.contains(event.target as Node)) hide();
    },
    { passive: true },
  );
  frame.addEventListener('keydown', (event) => {
    // While the chart is heard (from the press, before the audio graph has loaded), its keys are the audio graph's.
    if (listenButton.getAttribute('aria-pressed') === 'true') return;
    const all = items();
    if (all.length === 0) return;
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    let next: number | undefined;
    if (event.key in moves) next = current < 0 ? 0 : Math.min(all.length - 1, Math.max(0, current + moves[event.key]!));
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = all.length - 1;
    else if (event.key === 'Escape' && current >= 0) {
      hide();
      frame.blur();
      event.preventDefault();
      return;
    }
    if (next === undefined) return;
    event.preventDefault();
    show(next, { announce: true });
  });
  // Focus moving between the frame and the Listen button does not count as leaving the chart.
  const leaving = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (!frame.contains(next) && next !== listenButton) hide();
  };
  frame.addEventListener('blur', leaving);
  listenButton.addEventListener('blur', leaving);

  return {
    refresh() {
      stopListening();
      const previous = current >= 0 ? cached?.[current] : undefined;
      cached = undefined;
      if (!previous) return hide();
      // The same place in the new state, if it still has something to read there.
      const index = nearest(items(), previous.x, previous.y);
      if (index < 0) hide();
      else show(index, { announce: false });
    },
  };
}
