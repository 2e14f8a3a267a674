// contagionMap's words for each session (the scene's description), written at build only: the page
// carries them, and the browser reads them there. Pure.

import type { SessionId } from '../../editorial/sessions';
import { formatDate, formatTime } from '../../format/dates';
import { formatPercent, newsDigits } from '../../format/numbers';
import { translate, type Messages } from '../../i18n/translate';
import { companyName } from '../shared/companyName';
import { hourMinute, type ContagionMapInput } from './types';

export function describeContagionMap(input: ContagionMapInput, state: SessionId, messages: Messages): string {
  const { locale } = messages;
  const active = input.sessions.find((session) => session.id === state)!;
  const reported = ` (${translate(messages, 'contagionMap.chart.reportedShort')})`;
  return translate(messages, 'contagionMap.desc', {
    session: translate(messages, `contagionMap.session.${active.id}`),
    date: formatDate(active.date, { locale, style: 'long' }),
    close: formatTime(active.localClose, { locale }),
    zone: active.timeZone,
    utc: formatTime(hourMinute(active.utcClose), { locale }),
    moves: active.moves
      .map(
        (move) =>
          `${companyName(messages, move)} ${formatPercent(move.change, { locale, digits: newsDigits(move.digits), signed: true })}${move.basis === 'reported' ? reported : ''}`,
      )
      .join(', '),
  });
}
