// Nvidia's market value through the selloff, in five states: the AI-boom climb, Friday's close,
// Monday's loss, the loss against earlier records (bars), Tuesday's rebound. Pure: it receives the
// prepared input (billions of US dollars) and never reads data files or the DOM.

import { translate, type Messages } from '../../i18n/translate';
import { lineStyles } from '../shared/annotations';
import { insideFrame, narrowWidth } from '../shared/axes';
import { defineChart } from '../shared/defineChart';
import { fontSizesFor } from '../shared/text';
import { formatters, type Formatters } from './context';
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
      description: describe(input, state, { fmt, messages }),
      ...scene,
    };
  },
});

function describe(input: NvidiaMarketCapInput, state: NvidiaState, { fmt, messages }: { fmt: Formatters; messages: Messages }): string {
  const { start, record, friday, monday, tuesday } = input;
  switch (state) {
    case 'climb':
      return translate(messages, 'nvidiaMarketCap.desc.climb', {
        startDate: fmt.day(start.date),
        startValue: fmt.trillionsLong(start.value),
        recordDate: fmt.day(record.date),
        recordValue: fmt.trillionsLong(record.value),
        multiple: fmt.fold(input.climbMultiple),
      });
    case 'friday':
      return translate(messages, 'nvidiaMarketCap.desc.friday', {
        fromDate: fmt.day(input.zoomFrom.wide),
        fridayDate: fmt.weekday(friday.date),
        fridayValue: fmt.trillionsLong(friday.value),
      });
    case 'monday':
      return translate(messages, 'nvidiaMarketCap.desc.monday', {
        mondayDate: fmt.weekday(monday.date),
        fridayValue: fmt.trillionsLong(friday.value),
        mondayValue: fmt.trillionsLong(monday.value),
        loss: fmt.billionsLong(monday.loss),
        // The sentence says "a fall of" and "down": sizes, not signed changes.
        change: fmt.percent(-monday.change),
        lowChange: fmt.percent(-monday.lowChange),
      });
    case 'records':
      return translate(messages, 'nvidiaMarketCap.desc.records', {
        loss: fmt.billionsLong(monday.loss),
        mondayDate: fmt.day(monday.date),
        times: fmt.times(input.timesPreviousRecord),
        previousLoss: fmt.billionsLong(input.previousRecord.loss),
        previousDate: fmt.day(input.previousRecord.date),
      });
    case 'rebound':
      return translate(messages, 'nvidiaMarketCap.desc.rebound', {
        tuesdayDate: fmt.weekday(tuesday.date),
        change: fmt.percent(tuesday.change),
        tuesdayValue: fmt.trillionsLong(tuesday.value),
        regained: fmt.billionsLong(tuesday.regained),
        loss: fmt.billionsLong(monday.loss),
      });
  }
}

export default nvidiaMarketCap;
