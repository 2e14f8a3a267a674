// The aftermath chart's marks for the days its steps name: in June, where each line first closed back
// above 100 (a tick on the base line and its date); in February, the S&P 500's high (a dot and its
// date). Pure.

import type { Locale } from '../../i18n/locales';
import { formatDate } from '../../format/dates';
import type { IndexedSeries, MarketSeries } from './chart';
import { blockHeight, type lineStyles } from '../shared/annotations';
import { plotBox, type PlotArea } from '../shared/axes';
import { labelAndLeader, placeLabels } from '../shared/placeLabels';
import { circleMark, lineMark, roundToTenth, type Mark } from '../shared/scene';
import type { Box } from '../shared/text';
import { utcDate } from '../shared/timeSeries';

/** What a named day's mark is placed with: the chart's scales and type, its plot, what to keep clear of. */
export interface DayMarkContext {
  x: (date: Date) => number;
  y: (value: number) => number;
  line: ReturnType<typeof lineStyles>;
  locale: Locale;
  plot: PlotArea;
  obstacles: readonly Box[];
}

/**
 * June: where each line first closed back above 100, a tick on the base line and its date beside it
 * (the text names both days; unlabelled, the ticks read as glitches), placed clear of each other.
 */
export function regainMarks(
  series: readonly IndexedSeries[],
  { end, x, y, line, locale, plot, obstacles }: DayMarkContext & { end: string },
): Mark[] {
  const marks: Mark[] = [];
  const requests = series.flatMap((entry) => {
    if (!entry.regained || entry.regained > end) return [];
    const rx = roundToTenth(x(utcDate(entry.regained)));
    const base = y(100);
    marks.push(lineMark(`${entry.key}-regained`, rx, base - 8, rx, base + 8, `regain-tick regain-tick--${entry.key}`));
    const lines = [line.small(formatDate(entry.regained, { locale, style: 'short' }), `label label-${entry.key}`)];
    const height = blockHeight(lines);
    return [
      {
        key: `${entry.key}-regained-label`,
        lines,
        point: { x: rx, y: base },
        priority: 1,
        // Beside the tick first, then further above or below (tied to it by a leader), clear of the lines.
        candidates: [10, 22, 34, 46, 58, 70].flatMap((gap) =>
          (['middle', 'end', 'start'] as const).flatMap((anchor) => {
            const at = anchor === 'middle' ? rx : anchor === 'end' ? rx - 4 : rx + 4;
            return [
              { x: at, top: base + gap, anchor },
              { x: at, top: base - gap - height, anchor },
            ];
          }),
        ),
      },
    ];
  });
  const placed = placeLabels(requests, {
    bounds: plotBox(plot),
    obstacles,
  });
  for (const request of requests)
    marks.push(...labelAndLeader(request.key, placed.get(request.key), `${request.key}-leader`, request.point));
  return marks;
}

/** February: the S&P 500's highest close of the month, which the text names, as a dot and its date. */
export function highMark(entry: MarketSeries, { x, y, line, locale, plot, obstacles }: DayMarkContext): Mark[] {
  if (!entry.high) return [];
  const point = { x: roundToTenth(x(utcDate(entry.high.date))), y: roundToTenth(y(entry.high.value)) };
  const lines = [line.small(formatDate(entry.high.date, { locale, style: 'short' }), `label label-${entry.key}`)];
  const height = blockHeight(lines);
  const key = `${entry.key}-high-label`;
  const placed = placeLabels(
    [
      {
        key,
        lines,
        priority: 1,
        candidates: [6, 16, 28].flatMap((gap) =>
          (['middle', 'end', 'start'] as const).map((anchor) => ({
            x: anchor === 'middle' ? point.x : anchor === 'end' ? point.x - 4 : point.x + 4,
            top: point.y - gap - height,
            anchor,
          })),
        ),
      },
    ],
    { bounds: plotBox(plot), obstacles },
  ).get(key);
  return [
    circleMark(`${entry.key}-high`, point.x, point.y, 3, `mark-dot mark-dot--${entry.key}`),
    ...labelAndLeader(key, placed, `${key}-leader`, point, 6),
  ];
}
