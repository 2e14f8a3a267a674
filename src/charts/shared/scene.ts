// The scene is what every chart function returns: plain, serialisable SVG marks grouped in layers,
// each mark keyed so the browser can transition from one state's scene to the next.
// It knows nothing about the DOM; `sceneToSvg` and `applyScene` turn it into markup or elements.

type MarkTag = 'path' | 'line' | 'rect' | 'circle' | 'text';

type AttrValue = string | number;

export interface Mark {
  /** Unique within its layer and stable across states: the same thing keeps the same key. */
  key: string;
  tag: MarkTag;
  attrs: Readonly<Record<string, AttrValue>>;
  /** Text content (text marks only). */
  text?: string;
  /**
   * Geometry that is the same in every state and size (only its attributes other than `d` change), such
   * as the world's land: the static HTML writes it once per page and refers to it with `<use>`.
   */
  shared?: boolean;
}

export interface Layer {
  id: string;
  /** Clip the layer's marks to the plot area. */
  clip?: boolean;
  marks: readonly Mark[];
}

/**
 * A value the reader can read off the chart by hover, tap or keyboard: a day on a line (snapped by
 * horizontal position) or a bar, dot or marker (snapped by distance). The text is computed only
 * when it is shown.
 */
export interface Inspectable {
  x: number;
  y: number;
  snap: 'x' | 'point';
  /** What the reader reads, in the chart's locale: "27 Jan 2025: $2.90T". */
  read: () => string;
  /** Points to ring (several series on one day); defaults to (x, y). */
  points?: readonly { x: number; y: number }[];
  /** What it is worth, heard as the pitch of its tone (Listen); items without one are not heard. */
  value?: number;
  /** Vertical extent of the crosshair for `snap: 'x'`. */
  guide?: readonly [top: number, bottom: number];
}

export interface Scene {
  width: number;
  height: number;
  /** Short name of the chart, read first by screen readers. */
  title: string;
  /**
   * What the chart shows in this state, in words, generated from the same data as the marks. Written
   * at build only (the chart folder's describe.ts, joined to the scene by the chart registry): the
   * page carries it in the state's step, where the browser takes it. A chart's render leaves it out.
   */
  description?: string;
  /** Plot area used for clipping: x, y, width, height. */
  clip?: { x: number; y: number; width: number; height: number };
  layers: readonly Layer[];
  /** What can be read off this state, in reading order (left to right, top to bottom). */
  inspect?: readonly Inspectable[];
}

/** Rounds to one decimal: stable markup, smaller HTML, no visible difference. */
export function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

// The marks every chart draws, their positions rounded to a tenth like the rest of a scene.

/** A circle centred on (x, y). */
export const circleMark = (key: string, x: number, y: number, r: number, className: string): Mark => ({
  key,
  tag: 'circle',
  attrs: { cx: roundToTenth(x), cy: roundToTenth(y), r, class: className },
});

/** A line from (x1, y1) to (x2, y2). */
export const lineMark = (key: string, x1: number, y1: number, x2: number, y2: number, className: string): Mark => ({
  key,
  tag: 'line',
  attrs: { x1: roundToTenth(x1), x2: roundToTenth(x2), y1: roundToTenth(y1), y2: roundToTenth(y2), class: className },
});

/** A rectangle from (x, y), `width` wide and `height` tall. */
export const rectMark = (key: string, x: number, y: number, width: number, height: number, className: string): Mark => ({
  key,
  tag: 'rect',
  attrs: { x: roundToTenth(x), y: roundToTenth(y), width: roundToTenth(width), height: roundToTenth(height), class: className },
});
