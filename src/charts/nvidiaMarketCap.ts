// Nvidia's market value through the selloff, in five states: the AI-boom climb, Friday's close,
// Monday's loss, the loss against earlier records (bars), Tuesday's rebound. Pure: it receives the
// prepared input (billions of US dollars) and never reads data files or the DOM.

import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { formatDate, formatValue } from '../format/formatValue';
import type { Locale } from '../i18n/locales';
import { translate } from '../i18n/translate';
import { big, blockHeight, blockWidth, elbowLeader, labelBlock, lineHeight, small, type LabelLine } from './annotations';
import { barAxisMarks, framePlot, timeAxisMarks, valueAxisMarks, type PlotArea } from './axes';
import { defineChart } from './defineChart';
import { timeScale } from './timeScale';
import { minRowHeight, rankedBars } from './rankedBars';
import { px, type Mark, type Scene } from './scene';
import { stackLabels } from './stackLabels';
import { seriesLayers, utcDate } from './timeSeries';

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

export const nvidiaStates = ['climb', 'friday', 'monday', 'records', 'rebound'] as const;
export type NvidiaState = (typeof nvidiaStates)[number];

export const nvidiaMarketCap = defineChart<NvidiaMarketCapInput, NvidiaState>({
  name: 'nvidiaMarketCap',
  states: nvidiaStates,
  render(input, { state, width, height, locale }) {
    const { narrow, plot } = framePlot({ width, height, top: 12, bottom: 34 });
    const fmt = formatters(locale);
    const scene =
      state === 'records' ? recordsView(input, { plot, narrow, fmt, locale }) : timelineView(input, { state, plot, narrow, fmt, locale });
    return {
      width,
      height,
      title: translate(locale, 'nvidia.chart.title'),
      description: describe(input, state, { fmt, locale }),
      ...scene,
    };
  },
});

function formatters(locale: Locale) {
  return {
    trillions: (value: number) => formatValue(value, { kind: 'usdTrillions', digits: 2, style: 'short' }, { locale }),
    trillionsTick: (value: number) =>
      value === 0 ? '0' : formatValue(value, { kind: 'usdTrillions', digits: 0, style: 'short' }, { locale }),
    billions: (value: number) => formatValue(value, { kind: 'usdBillions', digits: 0, style: 'short' }, { locale }),
    billionsLong: (value: number) => formatValue(value, { kind: 'usdBillions', digits: 0 }, { locale }),
    trillionsLong: (value: number) => formatValue(value, { kind: 'usdTrillions', digits: 2 }, { locale }),
    percent: (value: number, signed = false) => formatValue(value, { kind: 'percent', digits: 2, signed }, { locale }),
    day: (iso: string) => formatDate(iso, { locale, style: 'long' }),
    dayShort: (iso: string) => formatDate(iso, { locale, style: 'short' }),
    weekday: (iso: string) => formatDate(iso, { locale, style: 'weekday' }),
    times: (value: number) => formatValue(value, { kind: 'multiple', digits: 1 }, { locale }),
    fold: (value: number) => formatValue(value, { kind: 'fold', digits: 1 }, { locale }),
  };
}
type Formatters = ReturnType<typeof formatters>;

function timelineView(
  input: NvidiaMarketCapInput,
  {
    state,
    plot,
    narrow,
    fmt,
    locale,
  }: { state: Exclude<NvidiaState, 'records'>; plot: PlotArea; narrow: boolean; fmt: Formatters; locale: Locale },
): Pick<Scene, 'layers' | 'clip'> {
  const { friday, monday, tuesday, record, start } = input;
  const zoomed = state !== 'climb';

  // Annotation stacks beside the last point, built first: their width sets the right gutter.
  const fridayLines = [small(translate(locale, 'nvidia.chart.friday')), big(fmt.trillions(friday.value))];
  const lossLines = [
    // Short money on phones: the label column must leave the line most of the width.
    big(`−${narrow ? fmt.billions(monday.loss) : fmt.billionsLong(monday.loss)}`, 'label-value label-loss'),
    small(
      narrow ? fmt.percent(monday.change) : `${fmt.percent(monday.change)} ${translate(locale, 'nvidia.chart.lossInOneDay')}`,
      'label label-loss',
    ),
  ];
  const mondayLines = [small(translate(locale, 'nvidia.chart.monday')), big(fmt.trillions(monday.value))];
  const lowLines = [small(translate(locale, 'nvidia.chart.intradayLow', { change: fmt.percent(monday.lowChange) }), 'label label-muted')];
  const tuesdayLines = [
    small(translate(locale, 'nvidia.chart.tuesday')),
    big(fmt.percent(tuesday.change, true), 'label-value label-gain'),
    small(fmt.trillions(tuesday.value)),
  ];
  const stacks: Record<typeof state, { anchor: DatedValue; blocks: { key: string; lines: LabelLine[]; at: number }[] }> = {
    climb: { anchor: friday, blocks: [] },
    friday: { anchor: friday, blocks: [{ key: 'friday-label', lines: fridayLines, at: friday.value }] },
    monday: {
      anchor: monday,
      blocks: [
        { key: 'friday-label', lines: fridayLines, at: friday.value },
        { key: 'loss-label', lines: lossLines, at: (friday.value + monday.value) / 2 },
        { key: 'monday-label', lines: mondayLines, at: monday.value },
        { key: 'low-label', lines: lowLines, at: monday.low },
      ],
    },
    rebound: {
      anchor: tuesday,
      blocks: [
        { key: 'monday-label', lines: mondayLines, at: monday.value },
        { key: 'tuesday-label', lines: tuesdayLines, at: tuesday.value },
      ],
    },
  };
  const stack = stacks[state];
  // One gutter for all zoomed states (the widest of their labels), so the line does not slide
  // sideways between Friday, Monday and Tuesday: only the reveal moves.
  const zoomedBlocks = [stacks.friday, stacks.monday, stacks.rebound].flatMap((entry) => entry.blocks);
  const gutter = zoomed ? Math.min(plot.width / 2, Math.max(...zoomedBlocks.map((block) => blockWidth(block.lines))) + 22) : 0;

  const from = zoomed ? (narrow ? input.zoomFrom.narrow : input.zoomFrom.wide) : start.date;
  const to = zoomed ? tuesday.date : friday.date;
  const x = timeScale({ domain: [utcDate(from), utcDate(to)], range: [plot.x, plot.x + plot.width - gutter] });
  const peak = max(input.series, (point) => point[1]) ?? record.value;
  const y = scaleLinear()
    .domain([0, peak * 1.2])
    .nice(5)
    .range([plot.y + plot.height, plot.y]);
  const revealTo = { climb: record.date, friday: friday.date, monday: monday.date, rebound: tuesday.date }[state];

  const xOf = (iso: string) => px(x(utcDate(iso)));
  const yOf = (value: number) => px(y(value));
  const series = seriesLayers({ series: input.series, x, y, plot, revealTo });

  const marks: Mark[] = [];
  const dot = (key: string, point: DatedValue, className = 'mark-dot') =>
    marks.push({ key, tag: 'circle', attrs: { cx: xOf(point.date), cy: yOf(point.value), r: 4.5, class: className } });

  if (state === 'climb') {
    dot('dot-start', start);
    dot('dot-record', record);
    // The start label sits in the empty upper-left of the plot (early 2023 is far below the later
    // peak), tied to its point by a leader line.
    const startLines = [small(fmt.day(start.date)), big(fmt.trillions(start.value))];
    const startTop = plot.y + plot.height * 0.42;
    marks.push(
      ...labelBlock('start-label', startLines, { x: xOf(start.date) + 44, top: startTop, anchor: 'start' }),
      elbowLeader('start-leader', {
        from: { x: xOf(start.date) + 40, y: startTop + blockHeight(startLines) / 2 },
        to: { x: xOf(start.date), y: yOf(start.value) },
      }),
      ...labelBlock(
        'record-label',
        [small(translate(locale, 'nvidia.chart.record', { date: fmt.day(record.date) })), big(fmt.trillions(record.value))],
        {
          x: xOf(record.date) - 8,
          top: yOf(record.value) - 50,
          anchor: 'end',
        },
      ),
    );
  } else {
    dot('dot-friday', friday);
    if (state !== 'friday') dot('dot-monday', monday);
    if (state === 'rebound') dot('dot-tuesday', tuesday, 'mark-dot mark-dot--gain');
  }

  if (state === 'monday' || state === 'rebound') {
    const bx = xOf(monday.date);
    marks.push(
      {
        key: 'selloff-loss',
        tag: 'rect',
        attrs: {
          x: px(bx - 4),
          y: yOf(friday.value),
          width: 8,
          height: px(y(monday.value) - y(friday.value)),
          class: state === 'monday' ? 'mark-loss' : 'mark-loss is-past',
        },
      },
      { key: 'monday-range', tag: 'line', attrs: { x1: bx, x2: bx, y1: yOf(monday.high), y2: yOf(monday.low), class: 'mark-range' } },
    );
  }
  if (state === 'rebound') {
    const tx = xOf(tuesday.date);
    marks.push({
      key: 'rebound-gain',
      tag: 'rect',
      attrs: { x: px(tx - 4), y: yOf(tuesday.value), width: 8, height: px(y(monday.value) - y(tuesday.value)), class: 'mark-gain' },
    });
  }

  // Place the stack to the right of the anchor day, each block centred on its value, dodged.
  const labelX = xOf(stack.anchor.date) + 14;
  const tops = stackLabels(
    stack.blocks.map((block) => ({ key: block.key, top: y(block.at) - blockHeight(block.lines) / 2, height: blockHeight(block.lines) })),
    { gap: 6, min: plot.y, max: plot.y + plot.height - 4 },
  );
  for (const block of stack.blocks) {
    marks.push(...labelBlock(block.key, block.lines, { x: labelX, top: tops.get(block.key)!, anchor: 'start' }));
  }

  return {
    clip: series.clip,
    layers: [
      series.area,
      {
        id: 'axes',
        marks: [
          ...valueAxisMarks({ scale: y, plot, format: fmt.trillionsTick, count: 5 }),
          ...timeAxisMarks({ scale: x, plot: { ...plot, width: plot.width - gutter }, locale, gap: narrow ? 10 : 28 }),
        ],
      },
      series.line,
      { id: 'marks', marks },
    ],
  };
}

function recordsView(
  input: NvidiaMarketCapInput,
  { plot, narrow, fmt, locale }: { plot: PlotArea; narrow: boolean; fmt: Formatters; locale: Locale },
): Pick<Scene, 'layers'> {
  const headingHeight = 2 * lineHeight.label + 12;
  const bars: PlotArea = { ...plot, y: plot.y + headingHeight, height: plot.height - headingHeight };
  // A short frame shows the top of the ranking only; the table under the chapter has all of it.
  const events = input.ranking.slice(0, Math.min(10, Math.max(3, Math.floor(bars.height / (minRowHeight + 14)))));
  const { marks: barMarks, x } = rankedBars(
    events.map((event) => ({
      // Monday's loss keeps the key of the timeline's loss bar, so one morphs into the other.
      key: event.selloff ? 'selloff-loss' : `record-${event.key}`,
      name: `${event.company}, ${formatDate(event.date, { locale, style: narrow ? 'medium' : 'long' })}`,
      value: event.loss,
      valueText: fmt.billions(event.loss),
      ...(event.selloff ? { barClass: 'mark-loss', labelClass: 'label-strong' } : {}),
    })),
    { plot: bars, nice: true },
  );
  return {
    layers: [
      { id: 'area', clip: true, marks: [] },
      {
        id: 'axes',
        marks: barAxisMarks({
          scale: x,
          plot: bars,
          format: (value) => (value === 0 ? '0' : fmt.billions(value)),
          count: narrow ? 3 : 4,
        }),
      },
      { id: 'series', clip: true, marks: [] },
      {
        id: 'marks',
        marks: [
          ...labelBlock('records-heading', [small(translate(locale, 'nvidia.chart.recordsHeading'), 'chart-heading')], {
            x: plot.x,
            top: plot.y,
            anchor: 'start',
          }),
          ...labelBlock('records-subheading', [small(translate(locale, 'nvidia.chart.recordsSubheading'), 'label label-muted')], {
            x: plot.x,
            top: plot.y + lineHeight.label + 2,
            anchor: 'start',
          }),
          ...barMarks,
        ],
      },
    ],
  };
}

function describe(input: NvidiaMarketCapInput, state: NvidiaState, { fmt, locale }: { fmt: Formatters; locale: Locale }): string {
  const { start, record, friday, monday, tuesday } = input;
  switch (state) {
    case 'climb':
      return translate(locale, 'nvidia.desc.climb', {
        startDate: fmt.day(start.date),
        startValue: fmt.trillionsLong(start.value),
        recordDate: fmt.day(record.date),
        recordValue: fmt.trillionsLong(record.value),
        multiple: fmt.fold(input.climbMultiple),
      });
    case 'friday':
      return translate(locale, 'nvidia.desc.friday', {
        fromDate: fmt.day(input.zoomFrom.wide),
        fridayDate: fmt.weekday(friday.date),
        fridayValue: fmt.trillionsLong(friday.value),
      });
    case 'monday':
      return translate(locale, 'nvidia.desc.monday', {
        mondayDate: fmt.weekday(monday.date),
        fridayValue: fmt.trillionsLong(friday.value),
        mondayValue: fmt.trillionsLong(monday.value),
        loss: fmt.billionsLong(monday.loss),
        // The sentence says "a fall of" and "down": sizes, not signed changes.
        change: fmt.percent(-monday.change),
        lowChange: fmt.percent(-monday.lowChange),
      });
    case 'records':
      return translate(locale, 'nvidia.desc.records', {
        loss: fmt.billionsLong(monday.loss),
        mondayDate: fmt.day(monday.date),
        times: fmt.times(input.timesPreviousRecord),
        previousLoss: fmt.billionsLong(input.previousRecord.loss),
        previousDate: fmt.day(input.previousRecord.date),
      });
    case 'rebound':
      return translate(locale, 'nvidia.desc.rebound', {
        tuesdayDate: fmt.weekday(tuesday.date),
        change: fmt.percent(tuesday.change),
        tuesdayValue: fmt.trillionsLong(tuesday.value),
        regained: fmt.billionsLong(tuesday.regained),
        loss: fmt.billionsLong(monday.loss),
      });
  }
}
