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
  /** Vertical extent of the crosshair for `snap: 'x'`. */
  guide?: readonly [top: number, bottom: number];
}

export interface Scene {
  width: number;
  height: number;
  /** Short name of the chart, read first by screen readers. */
  title: string;
  /** What the chart shows in this state, in words, generated from the same data as the marks. */
  description: string;
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
