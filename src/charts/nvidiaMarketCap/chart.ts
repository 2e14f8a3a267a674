// Nvidia's market value through the selloff, in five states: the AI-boom climb, Friday's close,
// Monday's loss, the loss against earlier records (bars), Tuesday's rebound. Pure: it receives the
// prepared input (billions of US dollars) and never reads data files or the DOM.

import { translate } from '../../i18n/translate';
import { lineStyles } from '../shared/annotations';
import { insideFrame, narrowWidth } from '../shared/axes';
import { defineChart } from '../shared/defineChart';
import { fontSizesFor } from '../shared/text';
import { formatters } from './context';
import { recordsView } from './records';
import { timelineView } from './timeline';

export interface DatedValue {
  date: string;
  value: number;
}

export interface NvidiaMarketCapInput {
  /** [ISO date, market value in $ billions], oldest first. */
  series: readonly (readonly [string, number])[];
  start: DatedValue;
  record: DatedValue;
  friday: DatedValue;
  monday: DatedValue & { low: number; high: number; change: number; lowChange: number; loss: number };
  tuesday: DatedValue & { change: number; regained: number };
  climbMultiple: number;
  /** First day of the zoomed view (a few weeks before the selloff). */
  zoomFrom: { wide: string; narrow: string };
  /** Largest losses first; `computed` from prices rather than reported; `selloff` is 27 January. */
  ranking: readonly { key: string; company: string; date: string; loss: number; computed: boolean; selloff: boolean }[];
  previousRecord: { date: string; loss: number };
  timesPreviousRecord: number;
}

export const nvidiaMarketCapStates = ['climb', 'friday', 'monday', 'records', 'rebound'] as const;
export type NvidiaState = (typeof nvidiaMarketCapStates)[number];
const nvidiaMarketCap = defineChart<NvidiaMarketCapInput, NvidiaState>({
  name: 'nvidiaMarketCap',
  stringPrefixes: ['nvidiaMarketCap.'],
  states: nvidiaMarketCapStates,
  render(input, { state, width, height, messages, typeScale }) {
    const { locale } = messages;
    const fonts = fontSizesFor(typeScale);
    const inner = insideFrame(width, height);
    const narrow = width < narrowWidth;
    const fmt = formatters(locale, narrow);
    const context = { inner, narrow, fmt, locale, messages, fonts, line: lineStyles(fonts) };
    const scene = state === 'records' ? recordsView(input, context) : timelineView(input, { ...context, state });
    return {
      width,
      height,
      title: translate(messages, 'nvidiaMarketCap.chart.title'),
      ...scene,
    };
  },
});

export default nvidiaMarketCap;
