// The chip index's worst days ranked (the soxDailyMoves chart's worstDays and later states): a key
// with swatches of the bars' own classes, then the ranked bars. Pure.

import { formatDate } from '../../format/dates';
import { formatNumber } from '../../format/numbers';
import { translate } from '../../i18n/translate';
import { blockHeight, labelBlock, swatchKey, wrapped } from '../shared/annotations';
import { rankedBars } from '../shared/rankedBars';
import type { Mark, Scene } from '../shared/scene';
import { moreText, reading } from '../shared/reading';
import type { SoxDailyMovesInput, SoxDailyMovesState, Tools } from './chart';

export function ranking(
  input: SoxDailyMovesInput,
  { state, inner, fonts, line, pct, day, locale, messages }: Tools & { state: SoxDailyMovesState },
): Pick<Scene, 'layers' | 'inspect'> {
  const moves = state === 'worstDays' ? input.worstBefore : input.worstAll;
  const heading = [
    ...wrapped(
      translate(messages, 'soxDailyMoves.chart.worstPeriod', {
        from: formatDate(input.firstDate, { locale, style: 'medium' }),
        to: formatDate(state === 'worstDays' ? input.selloff.date : input.lastDate, { locale, style: 'medium' }),
      }),
      (text) => line.small(text, 'label label-muted'),
      inner.width,
    ),
  ];
  // The key keeps one meaning in every state: the days before the selloff that fell further, and
  // (at the end of the data) the days after it, each with a swatch of its bars.
  const muted = (text: string) => line.small(text, 'label label-muted');
  const date = formatDate(input.selloff.date, { locale, style: 'medium' });
  const keys: Mark[] = [];
  let keyTop = inner.y + blockHeight(heading);
  for (const [key, text, className] of [
    ['worse-key', translate(messages, 'soxDailyMoves.chart.worseKey', { date }), 'mark-bar mark-bar--worse'],
    ...(state === 'later'
      ? [['later-key', translate(messages, 'soxDailyMoves.chart.laterKey', { date }), 'mark-bar mark-bar--later']]
      : []),
  ] as const) {
    const entry = swatchKey(key, text, { shape: 'bar', className, make: muted }, { x: inner.x, top: keyTop, width: inner.width });
    keys.push(...entry.marks);
    keyTop += entry.height;
  }
  const top = keyTop + 6;
  const domain = [Math.min(...input.worstAll.map((move) => move.change)), 0] as const;
  const selloffRank = moves.findIndex((move) => move.date === input.selloff.date);
  const { marks, inspect } = rankedBars(
    moves.map((move, index) => ({
      // When rows must be left out, the selloff stays, then the later days this step is about, then
      // the days ranked above the selloff (the text counts them).
      keep: move.date === input.selloff.date ? 3 : move.date > input.selloff.date ? 2 : index < selloffRank ? 1 : 0,
      key: `day-${move.date}`,
      // Ranked: the number stays true when rows are left out to make room.
      name: `${formatNumber(index + 1, { locale })}. ${day(move.date)}`,
      value: move.change,
      valueText: pct(move.change),
      ...(move.date === input.selloff.date
        ? { barClass: 'mark-loss', labelClass: 'label-loss', strong: true }
        : move.date > input.selloff.date
          ? { barClass: 'mark-bar mark-bar--later' }
          : move.change < input.selloff.change
            ? { barClass: 'mark-bar mark-bar--worse' }
            : {}),
    })),
    {
      plot: { ...inner, y: top, height: inner.y + inner.height - top },
      fonts,
      domain,
      magnitude: true,
      moreText: moreText(messages),
      reading: reading(messages),
    },
  );
  return {
    inspect,
    layers: [
      { id: 'axes', marks: [] },
      { id: 'bars', marks: [] },
      { id: 'marks', marks: [...labelBlock('worst-heading', heading, { x: inner.x, top: inner.y, anchor: 'start' }), ...keys, ...marks] },
    ],
  };
}
