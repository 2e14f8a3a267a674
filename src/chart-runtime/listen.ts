// A chart state heard (chart2music, fetched only when the reader presses Listen): its inspectable
// points as tones, pitch for value (Inspectable.value), in reading order; arrow keys move point by
// point and say each value, Escape stops. chart2music takes the frame's keys while it plays; the inspector gives them
// back when it stops, so there is one keyboard model and one focus, the frame. No AudioContext
// exists before the first tone.

import { c2mChart } from 'chart2music';
import type { Inspectable } from '../charts/shared/scene';
import type { Locale } from '../i18n/locales';
import { toneSeries } from './toneSeries';

export interface Listening {
  stop: () => void;
}

export interface ListenOptions {
  items: readonly Inspectable[];
  title: string;
  locale: Locale;
  /** How a reading joins its label and its value ("27 Jan 2025: $2.90T"): `chart.reading`'s separator. */
  separator: string;
  /** The axes' names in the summary chart2music gives: what the points are, what they measure. */
  axes: { x: string; y: string };
  onPoint: (index: number) => void;
  onStop: () => void;
}

export function listen(frame: HTMLElement, { items, title, locale, separator, axes, onPoint, onStop }: ListenOptions): Listening {
  const words = document.createElement('div');
  words.className = 'chart__live';
  frame.append(words);
  const before = { role: frame.getAttribute('role'), label: frame.getAttribute('aria-label') };
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    // Ctrl is chart2music's own key to cancel a tone being played.
    frame.dispatchEvent(new KeyboardEvent('keydown', { key: 'Control', ctrlKey: true, bubbles: true }));
    chart?.cleanUp();
    words.remove();
    for (const [name, value] of [['role', before.role] as const, ['aria-label', before.label] as const])
      if (value === null) frame.removeAttribute(name);
      else frame.setAttribute(name, value);
    onStop();
  };
  const heard = toneSeries(items, separator);
  const { err, data: chart } = c2mChart({
    type: 'line',
    element: frame,
    cc: words,
    lang: locale,
    title,
    data: heard.pitches.map((y, x) => ({ x, y })),
    axes: {
      x: { label: axes.x, valueLabels: [...heard.labels] },
      // A pitch is said as the value of the point it stands for.
      y: { label: axes.y, format: heard.valueOf },
    },
    options: {
      onFocusCallback: ({ index }) => onPoint(items.indexOf(heard.items[index]!)),
      customHotkeys: [{ key: { key: 'Escape' }, title: 'Escape', callback: stop, force: true }],
    },
  });
  if (err) {
    console.error(`chart2music: ${err}`);
    stop();
  } else {
    // The first point, said and heard (chart2music's Home), then the series to its end (Shift+End).
    // The frame is beside the button pressed: the page does not move.
    frame.focus({ preventScroll: true });
    frame.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    frame.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', shiftKey: true, bubbles: true }));
  }
  return { stop };
}
