// nvidiaMarketCap's line views (climb, Friday, Monday, rebound): the market value over time, zoomed on the selloff.

import { scaleLinear } from '../shared/linearScale';
import { formatDate } from '../../format/dates';
import { translate } from '../../i18n/translate';
import { blockHeight, blockWidth, lineStep, stackedBlocks, wrapped, type LabelLine } from '../shared/annotations';
import { isoDay, timeAxisMarks, timeSeriesPlot, valueAxisMarks, valueTicks } from '../shared/axes';
import { labelAndLeader, nearCandidates, placeLabels, type Placement } from '../shared/placeLabels';
import { circleMark, lineMark, rectMark, roundToTenth, type Mark, type Scene } from '../shared/scene';
import { timeScale } from '../shared/timeScale';
import { seriesBoxes, seriesInspect, seriesLayers, utcDate } from '../shared/timeSeries';
import { reading } from '../shared/reading';
import type { DatedValue, NvidiaMarketCapInput, NvidiaState } from './chart';
import type { ViewContext } from './context';

export function timelineView(
  input: NvidiaMarketCapInput,
  context: ViewContext & { state: Exclude<NvidiaState, 'records'> },
): Pick<Scene, 'layers' | 'clip' | 'inspect'> {
  const { state, inner, narrow, fmt, locale, messages, fonts, line } = context;
  const { friday, monday, tuesday, record, start } = input;
  const zoomed = state !== 'climb';

  // Annotation stacks beside the last point, built first: their width sets the right gutter. Small
  // lines wrap to at most about half the frame.
  const room = inner.width * 0.46 - 18;
  const small = (text: string, className?: string) => wrapped(text, (part) => line.small(part, className), room);
  const fridayLines = [...small(translate(messages, 'nvidiaMarketCap.chart.friday')), line.big(fmt.trillions(friday.value))];
  const lossLines = [
    // Short money on phones: the label column must leave the line most of the width.
    line.big(`−${narrow ? fmt.billions(monday.loss) : fmt.billionsLong(monday.loss)}`, 'label-value label-loss'),
    ...small(
      narrow ? fmt.percent(monday.change) : `${fmt.percent(monday.change)} ${translate(messages, 'nvidiaMarketCap.chart.lossInOneDay')}`,
      'label label-loss',
    ),
  ];
  const mondayLines = [...small(translate(messages, 'nvidiaMarketCap.chart.monday')), line.big(fmt.trillions(monday.value))];
  const lowLines = small(
    translate(messages, 'nvidiaMarketCap.chart.intradayLow', { change: fmt.percent(monday.lowChange) }),
    'label label-muted',
  );
  const tuesdayLines = [
    ...small(translate(messages, 'nvidiaMarketCap.chart.tuesday')),
    line.big(fmt.percent(tuesday.change, true), 'label-value label-gain'),
    ...small(`+${narrow ? fmt.billions(tuesday.regained) : fmt.billionsLong(tuesday.regained)}`, 'label label-gain'),
    ...small(fmt.trillions(tuesday.value)),
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
  const gutter = zoomed ? Math.min(inner.width / 2, Math.max(...zoomedBlocks.map((block) => blockWidth(block.lines))) + 18) : 0;

  const peak = Math.max(...input.series.map((point) => point[1]));
  const y = scaleLinear()
    .domain([0, peak * 1.2])
    .nice(5);
  const { ticks, width: axisWidth } = valueTicks({ scale: y, format: fmt.trillionsTick, count: 5, fonts });
  const plot = timeSeriesPlot({ inner, axisWidth, fonts, y });
  const from = utcDate(zoomed ? (narrow ? input.zoomFrom.narrow : input.zoomFrom.wide) : start.date);
  const to = utcDate(zoomed ? tuesday.date : friday.date);
  const x = timeScale({ domain: [from, to], range: [plot.x, plot.x + plot.width - gutter] });
  const revealTo = { climb: record.date, friday: friday.date, monday: monday.date, rebound: tuesday.date }[state];

  const xOf = (iso: string) => roundToTenth(x(utcDate(iso)));
  const yOf = (value: number) => roundToTenth(y(value));
  const series = seriesLayers({ series: input.series, x, y, plot, revealTo });
  const valueAxis = valueAxisMarks({ scale: y, plot, ticks, fonts });
  // The zoomed views always label the selloff day (in French the month labels fitted and hid it).
  const timeAxis = timeAxisMarks({
    scale: x,
    plot: { ...plot, width: plot.width - gutter },
    locale,
    fonts,
    from,
    to: zoomed ? utcDate(monday.date) : to,
    ...(zoomed ? { always: utcDate(monday.date) } : {}),
  });

  const marks: Mark[] = [];
  const dot = (key: string, point: DatedValue, className = 'mark-dot') =>
    marks.push(circleMark(key, xOf(point.date), yOf(point.value), 4.5, className));

  if (state === 'climb') {
    dot('dot-start', start);
    dot('dot-record', record);
    const startLines = [line.small(fmt.labelDay(start.date)), line.big(fmt.trillions(start.value))];
    const recordLines = [
      ...wrapped(
        translate(messages, 'nvidiaMarketCap.chart.record', { date: fmt.labelDay(record.date) }),
        (part) => line.small(part),
        inner.width * 0.6,
      ),
      line.big(fmt.trillions(record.value)),
    ];
    const startX = xOf(start.date);
    const recordX = xOf(record.date);
    const recordTop = yOf(record.value) - blockHeight(recordLines) - 8;
    // Early 2023 is far below the later peak: the start label sits in the empty upper left, tied to
    // its point by a leader.
    const startCandidates: Placement[] = [0.3, 0.42, 0.18, 0.55, 0.05, 0.65].map((share) => ({
      x: Math.max(startX + 14, plot.x + 10),
      top: plot.y + plot.height * share,
      anchor: 'start' as const,
    }));
    const labelBounds = { left: inner.x, top: inner.y, right: inner.x + inner.width, bottom: plot.y + plot.height };
    const placed = placeLabels(
      [
        {
          key: 'record-label',
          lines: recordLines,
          priority: 2,
          // Above the peak, as close to it as the line allows, then further up.
          candidates: [
            ...[0, 1, 2, 3, 4, 5, 6].flatMap((lift): Placement[] => {
              const top = Math.max(inner.y, recordTop - lift * lineStep(line.small('')));
              return [
                { x: recordX - 8, top, anchor: 'end' },
                { x: recordX, top, anchor: 'middle' },
                { x: inner.x + inner.width, top, anchor: 'end' },
              ];
            }),
            ...nearCandidates(recordLines, { x: recordX, y: yOf(record.value), bounds: labelBounds }),
          ],
        },
        {
          key: 'start-label',
          lines: startLines,
          priority: 1,
          candidates: [...startCandidates, ...nearCandidates(startLines, { x: startX, y: yOf(start.value), bounds: labelBounds })],
        },
      ],
      {
        bounds: labelBounds,
        obstacles: [
          ...valueAxis.boxes,
          ...timeAxis.boxes,
          ...seriesBoxes({ series: input.series, x, y, from: start.date, to: record.date }),
        ],
      },
    );
    marks.push(
      ...labelAndLeader('start-label', placed.get('start-label'), 'start-leader', { x: startX, y: yOf(start.value) }),
      ...labelAndLeader('record-label', placed.get('record-label'), 'record-leader', { x: recordX, y: yOf(record.value) }, 14),
    );
  } else {
    dot('dot-friday', friday);
    if (state !== 'friday') dot('dot-monday', monday);
    if (state === 'rebound') dot('dot-tuesday', tuesday, 'mark-dot mark-dot--gain');
  }

  // Day bars no wider than the space between two days, so Monday's and Tuesday's stand apart.
  const dayWidth = x(utcDate(tuesday.date)) - x(utcDate(monday.date));
  const barWidth = roundToTenth(Math.max(2, Math.min(8, dayWidth * 0.8)));
  if (state === 'monday' || state === 'rebound') {
    const bx = xOf(monday.date);
    marks.push(
      rectMark(
        'selloff-loss',
        bx - barWidth / 2,
        y(friday.value),
        barWidth,
        y(monday.value) - y(friday.value),
        state === 'monday' ? 'mark-loss' : 'mark-loss is-past',
      ),
      lineMark('monday-range', bx, y(monday.high), bx, y(monday.low), 'mark-range'),
    );
  }
  if (state === 'rebound') {
    const tx = xOf(tuesday.date);
    marks.push(rectMark('rebound-gain', tx - barWidth / 2, y(tuesday.value), barWidth, y(monday.value) - y(tuesday.value), 'mark-gain'));
  }

  // The stack sits right of the anchor day, each block centred on its value, dodged, and as clear of
  // the zero line as of each other (the line is not cut for labels).
  const labelX = xOf(stack.anchor.date) + 12;
  marks.push(...stackedBlocks(stack.blocks, { x: labelX, y, min: inner.y, max: plot.y + plot.height - 4 }));

  const read = reading(messages);
  return {
    clip: series.clip,
    layers: [series.area, { id: 'axes', marks: [...valueAxis.marks, ...timeAxis.marks] }, series.line, { id: 'marks', marks }],
    inspect: seriesInspect({
      series: input.series,
      x,
      y,
      plot,
      from: isoDay(from),
      to: revealTo,
      read: ([date, value]) => read(formatDate(date, { locale, style: 'medium' }), fmt.trillions(value)),
    }),
  };
}
