// The month before the selloff as a timeline: DeepSeek's releases, Stargate and the App Store chart
// as dated events on a line, one highlighted per step, its card below, and under it Nvidia's share
// price (with its axis) revealed up to that day. In the R1 step, API prices (as reported) as two bars
// take the price's place. Pure; texts come from the i18n strings.

import { scaleLinear } from '../shared/linearScale';
import { formatDate } from '../../format/dates';
import { translate } from '../../i18n/translate';
import { blockHeight, fitInside, labelBlock, lineStep, lineStyles, wrapped, type LabelLine } from '../shared/annotations';
import { insideFrame, timeAxisMarks, valueAxisMarks, valueTicks, type PlotArea } from '../shared/axes';
import { defineChart } from '../shared/defineChart';
import { rankedBars } from '../shared/rankedBars';
import { circleMark, lineMark, roundToTenth, type Inspectable, type Mark } from '../shared/scene';
import { reading } from '../shared/reading';
import { fontSizesFor } from '../shared/text';
import { timeScale } from '../shared/timeScale';
import { lastOnOrBefore, seriesInspect, seriesLayers, utcDate, type SeriesPoint } from '../shared/timeSeries';
import { eventTexts, usd, usdAsReported, usdWhole } from './words';

export const weekendTimelineStates = ['v3', 'r1', 'stargate', 'appstore', 'monday'] as const;
export type WeekendState = (typeof weekendTimelineStates)[number];

export interface WeekendTimelineInput {
  from: string;
  to: string;
  events: readonly { id: WeekendState; date: string }[];
  /** Nvidia's daily close over the period, oldest first. */
  nvidia: readonly SeriesPoint[];
  mondayChange: number;
  /** Reported figures the event texts print. */
  figures: {
    v3Cost: number;
    stargateTotal: number;
    appRankBefore: number;
    r1Output: number;
    o1Output: number;
    timesCheaper: number;
  };
}

const weekendTimeline = defineChart<WeekendTimelineInput, WeekendState>({
  name: 'weekendTimeline',
  stringPrefixes: ['weekendTimeline.'],
  states: weekendTimelineStates,
  render(input, { state, width, height, messages, typeScale }) {
    const { locale } = messages;
    const fonts = fontSizesFor(typeScale);
    const line = lineStyles(fonts);
    const inner = insideFrame(width, height);
    // weekendTimelineInput dates an event for every state.
    const active = input.events.find((event) => event.id === state)!;
    const activeIndex = input.events.indexOf(active);
    const texts = eventTexts(input, messages);
    const bottom = inner.y + inner.height;

    // Nvidia's price panel has a value axis in a left gutter; the timeline above shares its x scale,
    // so an event's dot sits over that day's close.
    const closes = input.nvidia.map((point) => point[1]);
    const [low, high] = [Math.min(...closes), Math.max(...closes)];
    // The data's own range, not rounded out to whole ticks: on a phone the panel is ~70 px tall, and
    // rounding to $100–$160 left the month's moves a third of it.
    const y = scaleLinear().domain([low * 0.97, high * 1.02]);
    const { ticks, width: axisWidth } = valueTicks({ scale: y, format: (value) => usdWhole(value, locale), count: 2, fonts });
    const from = utcDate(input.from);
    const to = utcDate(input.to);
    const x = timeScale({ domain: [from, to], range: [inner.x + axisWidth + 6, inner.x + inner.width - 6] });
    const activeX = x(utcDate(active.date));

    // 1. The timeline: the active event named above its dot, dates below the line.
    const tag = [line.strong(texts[state].short)];
    const axisY = inner.y + blockHeight(tag) + 14;
    const timeline = timeAxisMarks({
      scale: x,
      plot: { x: x(from), y: inner.y, width: x(to) - x(from), height: axisY - inner.y },
      locale,
      fonts,
      from,
      to,
    });
    const marks: Mark[] = [
      ...labelBlock('event-tag', tag, { ...fitInside(tag, { x: activeX, min: inner.x, max: inner.x + inner.width }), top: inner.y }),
      lineMark('connector', activeX, inner.y + blockHeight(tag), activeX, axisY - 8, 'leader'),
    ];
    const read = reading(messages);
    const inspect: Inspectable[] = input.events.map((event) => ({
      x: roundToTenth(x(utcDate(event.date))),
      y: roundToTenth(axisY),
      snap: 'point' as const,
      read: () => read(formatDate(event.date, { locale, style: 'medium' }), texts[event.id].title),
    }));
    // The active event is drawn last, over a neighbour a day away.
    [...input.events.filter((event) => event !== active), active].forEach((event) => {
      const index = input.events.indexOf(event);
      const status = index === activeIndex ? 'is-active' : index < activeIndex ? 'is-past' : 'is-future';
      marks.push(
        circleMark(`event-${event.id}`, x(utcDate(event.date)), axisY, index === activeIndex ? 6 : 3.5, `timeline-event ${status}`),
      );
    });

    // 2. The event's card, words wrapped to the frame.
    const cardTop = Math.max(...timeline.boxes.map((box) => box.bottom), axisY + 8) + 12;
    const cardWidth = Math.min(inner.width, 560);
    const title = wrapped(texts[state].title, (text) => line.big(text, 'label-value'), cardWidth);
    const detail = wrapped(texts[state].detail, (text) => line.small(text), cardWidth);
    const dateLine = line.strong(formatDate(active.date, { locale, style: 'long' }));

    // 3. Below the card, R1's API price against o1's (the R1 step's subject), or Nvidia's close.
    const lastShown = lastOnOrBefore(input.nvidia, active.date) ?? input.nvidia[0]!;
    const panel: Mark[] = [];
    let card = [dateLine, ...title, ...detail];
    let priceTop = 0;
    if (state === 'r1') {
      const heading = wrapped(
        translate(messages, 'weekendTimeline.chart.apiHeading'),
        (text) => line.small(text, 'label label-muted'),
        inner.width,
      );
      // Two one-line rows (name, bar, value): the short names fit beside their bars.
      const barsHeight = 2 * (lineStep({ size: fonts.label }) + 5);
      // The bars are this step's subject: on a short frame the card's title gives way to them, then
      // its detail line (the bars say the same).
      const room = (lines: readonly LabelLine[]) => bottom - (cardTop + blockHeight(lines) + 10) >= blockHeight(heading) + 4 + barsHeight;
      card = [[dateLine, ...title, ...detail], [dateLine, ...detail], [dateLine]].find(room) ?? [dateLine];
      const panelTop = cardTop + blockHeight(card) + 10;
      const { marks: bars, inspect: barsInspect } = rankedBars(
        [
          {
            key: 'price-r1',
            name: translate(messages, 'weekendTimeline.chart.r1'),
            value: input.figures.r1Output,
            valueText: usdAsReported(input.figures.r1Output, locale),
            // Ink marks the step's subject, as on the map; blue means a rise elsewhere in the story.
            barClass: 'mark-bar mark-bar--index',
            strong: true,
          },
          {
            key: 'price-o1',
            name: translate(messages, 'weekendTimeline.chart.o1'),
            value: input.figures.o1Output,
            valueText: usdAsReported(input.figures.o1Output, locale),
          },
        ],
        {
          plot: {
            ...inner,
            y: panelTop + blockHeight(heading) + 4,
            height: Math.min(barsHeight, bottom - panelTop - blockHeight(heading) - 4),
          },
          fonts,
          barHeight: 10,
          reading: read,
        },
      );
      inspect.push(...barsInspect);
      panel.push(...labelBlock('price-heading', heading, { x: inner.x, top: panelTop, anchor: 'start' }), ...bars);
      priceTop = panelTop + blockHeight(heading) + 4 + barsHeight + 14;
    }

    // The close is dated: on a day without trading (a holiday, a Sunday) it is the last one before.
    const priceLines = wrapped(
      translate(messages, 'weekendTimeline.chart.price', {
        date: formatDate(lastShown[0], { locale, style: 'short' }),
        price: usd(lastShown[1], locale),
      }),
      (text) => line.small(text),
      inner.width,
    );
    if (state !== 'r1') priceTop = cardTop + blockHeight(card) + 10;
    const plotTop = priceTop + blockHeight(priceLines) + 4 + fonts.tick * 0.6;
    // The price line is drawn when it has room for a readable axis (three ticks a label apart).
    // Under R1's bars too, where the frame is tall enough.
    const drawPrice = bottom - plotTop >= 3 * lineStep({ size: fonts.tick }) + fonts.tick;
    const pricePlot: PlotArea = {
      x: inner.x + axisWidth,
      y: plotTop,
      width: inner.width - axisWidth,
      height: Math.max(0, bottom - fonts.tick * 0.4 - plotTop),
    };
    y.range([pricePlot.y + pricePlot.height, pricePlot.y]);
    const series = seriesLayers({
      series: input.nvidia,
      x,
      y,
      plot: pricePlot,
      // Up to the last close on or before the event: a weekend or a holiday shows no trading.
      revealTo: drawPrice ? lastShown[0] : input.from,
      baseline: y.domain()[0]!,
    });
    const selloff = input.events.find((event) => event.id === 'monday')!.date;
    const ahead = seriesLayers({
      series: input.nvidia.filter(([date]) => date < selloff),
      ...{ x, y, plot: pricePlot, revealTo: selloff, baseline: y.domain()[0]!, name: 'ahead' },
    });
    if ((state !== 'r1' || drawPrice) && bottom - priceTop >= blockHeight(priceLines)) {
      panel.push(...labelBlock('price-label', priceLines, { x: inner.x, top: priceTop, anchor: 'start' }));
    }
    const valueAxis = drawPrice ? valueAxisMarks({ scale: y, plot: pricePlot, ticks, fonts, keyPrefix: 'price' }).marks : [];
    if (drawPrice) {
      inspect.push(
        ...seriesInspect({
          series: input.nvidia,
          x,
          y,
          plot: pricePlot,
          from: input.from,
          to: lastShown[0],
          read: ([date, price]) => read(formatDate(date, { locale, style: 'medium' }), usd(price, locale)),
        }),
      );
      panel.push(circleMark('price-dot', x(utcDate(lastShown[0])), y(lastShown[1]), 3.5, 'mark-dot'));
    }
    marks.push(...labelBlock('card', card, { x: inner.x, top: cardTop, anchor: 'start' }), ...panel);

    return {
      width,
      height,
      title: translate(messages, 'weekendTimeline.chart.title'),
      inspect,
      clip: series.clip,
      layers: [
        // The price axis does not start at zero: a line, not a filled area.
        { ...series.area, marks: [] },
        {
          id: 'axes',
          marks: [lineMark('timeline-axis', x(from), axisY, x(to), axisY, 'axis-baseline'), ...timeline.marks, ...valueAxis],
        },
        // The weeks ahead, faint, up to the last close before the selloff: the early steps' few days
        // of price are read against the month to come (a four-day stub alone filled a sixth of the
        // plot on a desktop), and Monday's fall stays for the last step.
        { ...ahead.line, clip: false, marks: drawPrice && state !== 'monday' ? ahead.line.marks : [] },
        drawPrice ? series.line : { ...series.line, marks: [] },
        { id: 'marks', marks },
      ],
    };
  },
});

export default weekendTimeline;
