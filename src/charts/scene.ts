// The scene is what every chart function returns: plain, serialisable SVG marks grouped in layers,
// each mark keyed so the browser can transition from one state's scene to the next.
// It knows nothing about the DOM; `sceneToSvg` and `applyScene` turn it into markup or elements.

export type MarkTag = 'path' | 'line' | 'rect' | 'circle' | 'text';

export type AttrValue = string | number;

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
}

/** Rounds to one decimal: stable markup, smaller HTML, no visible difference. */
export function px(value: number): number {
  return Math.round(value * 10) / 10;
}
