// soxDailyMoves's words for each state (the scene's description), written at build only: the page
// carries them, and the browser reads them there. The rankings name the days that fell further, each
// with its move, and where the selloff ranks. Pure.

import { formatDate } from '../../format/dates';
import { formatCount, formatOrdinal, formatPercent, newsDigits } from '../../format/numbers';
import { translate, type Messages } from '../../i18n/translate';
import type { SoxDailyMovesInput, SoxDailyMovesState } from './chart';

export function describeSoxDailyMoves(input: SoxDailyMovesInput, state: SoxDailyMovesState, messages: Messages): string {
  const { locale } = messages;
  const pct = (value: number, digits?: number) => formatPercent(value, { locale, digits: newsDigits(digits) });
  const day = (iso: string) => formatDate(iso, { locale, style: 'long' });
  if (state === 'allDays')
    return translate(messages, 'soxDailyMoves.desc.allDays', {
      from: day(input.firstDate),
      date: day(input.selloff.date),
      change: pct(-input.selloff.change),
      // Its index among the worst days is the number of days that were worse.
      count: formatCount(
        input.worstBefore.findIndex((move) => move.date === input.selloff.date),
        { locale },
      ),
      since: day(input.worstSince.date),
    });
  const moves = state === 'worstDays' ? input.worstBefore : input.worstAll;
  const rank = moves.findIndex((move) => move.date === input.selloff.date);
  return translate(messages, `soxDailyMoves.desc.${state}`, {
    date: day(input.selloff.date),
    change: pct(input.selloff.change),
    worse: moves
      .slice(0, rank)
      .map((move) => `${day(move.date)}, ${pct(move.change)}`)
      .join('; '),
    rank: formatOrdinal(rank + 1, { locale }),
    last: day(input.lastDate),
  });
}
