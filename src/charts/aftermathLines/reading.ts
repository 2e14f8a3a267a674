// What can be read off the aftermath chart: each day shown, with every line drawn that day; heard
// (Listen) as Nvidia's line, the story's subject and the first the reading names. Pure.

import { formatDate } from '../../format/dates';
import type { Locale } from '../../i18n/locales';
import { translate, type Messages } from '../../i18n/translate';
import type { PlotArea } from '../shared/axes';
import { roundToTenth, type Inspectable } from '../shared/scene';
import { utcDate } from '../shared/timeSeries';
import type { IndexedSeries, MarketSeries } from './chart';

export function readableDays({
  drawn,
  end,
  x,
  y,
  plot,
  number,
  market,
  messages,
  locale,
}: {
  drawn: readonly (IndexedSeries | MarketSeries)[];
  end: string;
  x: (date: Date) => number;
  y: (value: number) => number;
  plot: PlotArea;
  number: (value: number) => string;
  /** Whether the broad market's lines are drawn. */
  market: boolean;
  messages: Messages;
  locale: Locale;
}): Inspectable[] {
  const byDate = drawn.map((entry) => new Map(entry.points));
  const nvidia = drawn.find((entry) => entry.key === 'nvidia')!;
  return nvidia.points
    .filter(([date]) => date <= end)
    .flatMap(([date]) => {
      const values = byDate.map((values) => values.get(date));
      if (values.some((value) => value === undefined)) return [];
      const on = (key: string) => number(values[drawn.findIndex((entry) => entry.key === key)]!);
      const dayX = roundToTenth(x(utcDate(date)));
      return [
        {
          x: dayX,
          y: roundToTenth(y(Math.max(...(values as number[])))),
          snap: 'x' as const,
          guide: [plot.y, plot.y + plot.height] as const,
          points: values.map((value) => ({ x: dayX, y: roundToTenth(y(value!)) })),
          value: values[drawn.indexOf(nvidia)]!,
          read: () =>
            translate(messages, 'aftermathLines.chart.reading', {
              date: formatDate(date, { locale, style: 'medium' }),
              nvidia: on('nvidia'),
              sox: on('sox'),
            }) + (market ? translate(messages, 'aftermathLines.chart.readingMarket', { sp500: on('sp500'), nasdaq: on('nasdaq') }) : ''),
        },
      ];
    });
}
