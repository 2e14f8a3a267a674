// The month before the selloff as a timeline: DeepSeek's releases, Stargate and the App Store chart
// as dated events, one highlighted per step, above Nvidia's share price revealed up to that day.
// In the R1 step, API prices (as reported) as two bars. Pure; texts come from the i18n strings.

import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { formatDate, formatValue } from '../format/formatValue';
import type { Locale } from '../i18n/locales';
import { translate } from '../i18n/translate';
import { chartType } from '../design/tokens';
import { big, blockHeight, fitInside, labelBlock, lineHeight, small, wrapText } from './annotations';
import { timeAxisMarks, type PlotArea, framePlot } from './axes';
import { defineChart } from './defineChart';
import { timeScale } from './timeScale';
import { minRowHeight, rankedBars } from './rankedBars';
import { px, type Mark } from './scene';
import { lastOnOrBefore, seriesLayers, utcDate, type SeriesPoint } from './timeSeries';

export const weekendStates = ['v3', 'r1', 'stargate', 'appstore', 'monday'] as const;
export type WeekendState = (typeof weekendStates)[number];

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

export const weekendTimeline = defineChart<WeekendTimelineInput, WeekendState>({
  name: 'weekendTimeline',
  states: weekendStates,
  render(input, { state, width, height, locale }) {
    const { narrow, plot } = framePlot({ width, height, top: 10, bottom: 10 });
    const active = input.events.find((event) => event.id === state);
    if (!active) throw new Error(`weekendTimeline: no event "${state}" in the input`);
    const activeIndex = input.events.indexOf(active);
    const texts = eventTexts(input, locale);

    // Each event's card, words wrapped to the frame. The axis sits below the tallest card (and the
    // R1 price bars), so it does not move between steps.
    const cardWidth = narrow ? plot.width : Math.min(plot.width, 560);
    const card = (event: { id: WeekendState; date: string }) => [
      small(formatDate(event.date, { locale, style: 'long' }), 'label label-strong label-loss'),
      ...wrapText(texts[event.id].title, { maxWidth: cardWidth, size: chartType.value }).map((line) => big(line)),
      ...wrapText(texts[event.id].detail, { maxWidth: cardWidth, size: chartType.label }).map((line) => small(line)),
    ];
    const tallestCard = Math.max(...input.events.map((event) => blockHeight(card(event))));
    const barsTop = plot.y + tallestCard + 8;
    const barsHeight = lineHeight.label + 8 + 2 * minRowHeight;
    const axisY = barsTop + barsHeight + 40;
    const x = timeScale({ domain: [utcDate(input.from), utcDate(input.to)], range: [plot.x + 8, plot.x + plot.width - 8] });

    const marks: Mark[] = [...labelBlock('card', card(active), { x: plot.x, top: plot.y, anchor: 'start' })];

    if (state === 'r1') {
      const { marks: bars } = rankedBars(
        [
          {
            key: 'price-r1',
            name: translate(locale, 'timeline.chart.r1'),
            value: input.figures.r1Output,
            valueText: usdAsReported(input.figures.r1Output, locale),
            barClass: 'mark-gain',
          },
          {
            key: 'price-o1',
            name: translate(locale, 'timeline.chart.o1'),
            value: input.figures.o1Output,
            valueText: usdAsReported(input.figures.o1Output, locale),
          },
        ],
        { plot: { ...plot, y: barsTop + lineHeight.label + 8, height: 2 * minRowHeight }, maxBarHeight: 12 },
      );
      marks.push(
        ...labelBlock('price-heading', [small(translate(locale, 'timeline.chart.apiHeading'), 'label label-muted')], {
          x: plot.x,
          top: barsTop,
          anchor: 'start',
        }),
        ...bars,
      );
    }

    input.events.forEach((event, index) => {
      const cx = px(x(utcDate(event.date)));
      const status = index === activeIndex ? 'is-active' : index < activeIndex ? 'is-past' : 'is-future';
      marks.push({
        key: `event-${event.id}`,
        tag: 'circle',
        attrs: { cx, cy: px(axisY), r: index === activeIndex ? 7 : 4.5, class: `timeline-event ${status}` },
      });
    });
    const activeX = x(utcDate(active.date));
    marks.push({
      key: 'connector',
      tag: 'line',
      attrs: { x1: px(activeX), x2: px(activeX), y1: px(axisY - 10), y2: px(axisY - 26), class: 'leader' },
    });
    const tag = [small(texts[state].short, 'label label-strong')];
    marks.push(
      ...labelBlock('event-tag', tag, {
        ...fitInside(tag, { x: activeX, min: plot.x, max: plot.x + plot.width }),
        top: axisY - 30 - blockHeight(tag),
      }),
    );

    // Nvidia's price below the axis, revealed to the active day.
    const priceTop = axisY + 46;
    const pricePlot: PlotArea = {
      x: plot.x,
      y: priceTop + lineHeight.label + 6,
      width: plot.width,
      // Whatever is left below the axis; nothing (not a negative height) in a very short frame.
      height: Math.max(0, plot.y + plot.height - priceTop - lineHeight.label - 6),
    };
    const [low, high] = extent(input.nvidia, (point) => point[1]) as [number, number];
    const y = scaleLinear()
      .domain([low * 0.95, high * 1.03])
      .range([pricePlot.y + pricePlot.height, pricePlot.y]);
    const series = seriesLayers({ series: input.nvidia, x, y, plot: pricePlot, revealTo: active.date, baseline: low * 0.95 });
    const lastShown = lastOnOrBefore(input.nvidia, active.date) ?? input.nvidia[0]!;
    // The close is dated: on a day without trading (a holiday, a Sunday) it is the last one before.
    const priceLabel = [
      small(
        translate(locale, 'timeline.chart.price', {
          date: formatDate(lastShown[0], { locale, style: 'short' }),
          price: usd(lastShown[1], locale),
        }),
        'label',
      ),
    ];
    marks.push(...labelBlock('price-label', priceLabel, { x: plot.x, top: priceTop, anchor: 'start' }), {
      key: 'price-dot',
      tag: 'circle',
      attrs: { cx: px(x(utcDate(lastShown[0]))), cy: px(y(lastShown[1])), r: 3.5, class: 'mark-dot' },
    });

    return {
      width,
      height,
      title: translate(locale, 'timeline.chart.title'),
      description: translate(locale, 'timeline.desc', {
        date: formatDate(active.date, { locale, style: 'long' }),
        title: texts[state].title,
        detail: texts[state].detail,
        price:
          lastShown[0] === active.date
            ? translate(locale, 'timeline.priceThatDay', { price: usd(lastShown[1], locale) })
            : translate(locale, 'timeline.priceLastClose', {
                closeDate: formatDate(lastShown[0], { locale, style: 'weekday' }),
                price: usd(lastShown[1], locale),
              }),
      }),
      clip: series.clip,
      layers: [
        series.area,
        {
          id: 'axes',
          marks: [
            {
              key: 'timeline-axis',
              tag: 'line',
              attrs: { x1: plot.x, x2: px(plot.x + plot.width), y1: px(axisY), y2: px(axisY), class: 'axis-baseline' },
            },
            ...timeAxisMarks({ scale: x, plot: { ...plot, height: axisY - plot.y }, locale, gap: narrow ? 12 : 24 }),
          ],
        },
        series.line,
        { id: 'marks', marks },
      ],
    };
  },
});

function usd(value: number, locale: Locale) {
  return formatValue(value, { kind: 'usd', digits: 2 }, { locale });
}

/** A reported price at the precision it was published: $60, $2.19. */
function usdAsReported(value: number, locale: Locale) {
  return formatValue(value, { kind: 'usd', digits: String(value).split('.')[1]?.length ?? 0 }, { locale });
}

function eventTexts(input: WeekendTimelineInput, locale: Locale): Record<WeekendState, { title: string; detail: string; short: string }> {
  const { figures } = input;
  const format = (value: number, kind: Parameters<typeof formatValue>[1]) => formatValue(value, kind, { locale });
  // Each event's detail line and the reported figure it prints.
  const details: Record<WeekendState, Readonly<Record<string, string>>> = {
    v3: { cost: format(figures.v3Cost, { kind: 'usdMillions', digits: 3 }) },
    r1: { times: format(figures.timesCheaper, { kind: 'multiple', digits: 0 }) },
    stargate: { total: format(figures.stargateTotal, { kind: 'usdBillions', digits: 0 }) },
    appstore: { rank: format(figures.appRankBefore, { kind: 'number' }) },
    monday: { change: format(-input.mondayChange, { kind: 'percent', digits: 2 }) },
  };
  return Object.fromEntries(
    weekendStates.map((id) => [
      id,
      {
        short: translate(locale, `timeline.${id}.short`),
        title: translate(locale, `timeline.${id}.title`),
        detail: translate(locale, `timeline.${id}.detail`, details[id]),
      },
    ]),
  ) as Record<WeekendState, { title: string; detail: string; short: string }>;
}
