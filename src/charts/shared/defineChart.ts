// The contract every chart module fulfils: named states, and one pure render function that turns
// prepared input + state + size + strings into a scene. It runs at build (static SVG) and in the
// browser (transitions), so it must not touch `document`, `window`, the clock, randomness or any
// table it was not handed: its words come with its options. Each state's description is the chart
// folder's `describe.ts`, which only the build runs.

import type { ChartTypeScale } from '../../design/tokens';
import type { Messages } from '../../i18n/translate';
import { gridGaps } from './gridGaps';
import type { Scene } from './scene';

export interface RenderOptions<State extends string> {
  state: State;
  /** The frame's real size in px: charts lay out for it. */
  width: number;
  height: number;
  /** The strings it draws, in the reader's locale (`messages.locale` for dates and numbers). */
  messages: Messages;
  /** Type sizes for the reader's screen: `large` from 1024 px wide, `small` below (the default). */
  typeScale?: ChartTypeScale;
}

export interface ChartModule<Input, State extends string = string> {
  name: string;
  /** Prefixes of the string keys it draws besides the shared `chart.` ones, e.g. `['nvidiaMarketCap.']`: they ship with its data. */
  stringPrefixes: readonly string[];
  /** The states a `<Step state="…">` may ask for, in story order. */
  states: readonly State[];
  /** A property, not a method, so its input type is checked strictly: a registry entry cannot hand it a wider input. */
  render: (input: Input, options: RenderOptions<State>) => Scene;
}

/** A chart module as written, its scenes' gridlines cleared of its labels (see gridGaps). */
export function defineChart<Input, const State extends string>(chart: ChartModule<Input, State>): ChartModule<Input, State> {
  return { ...chart, render: (input, options) => gridGaps(chart.render(input, options)) };
}
