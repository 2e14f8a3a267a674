// Per-session, per-company closing moves as printable facts: `move.<session>.<symbol>` (signed) and
// `fall.<session>.<symbol>` (size of a fall), plus each session's hours and two-day moves in Tokyo.

import type { ReportedMove } from '../data/datasets';
import { writtenDecimals, writtenPrecision } from '../derive/checkClaim';
import type { SessionMoves } from '../derive/sessionMoves';
import type { Fact, FactTable } from './defineFacts';

const signed = { kind: 'percent', digits: 2, signed: true } as const;
const size = { kind: 'percent', digits: 2 } as const;

export function contagionFacts({
  sessions,
  reported,
}: {
  sessions: readonly SessionMoves[];
  reported: readonly ReportedMove[];
}): FactTable {
  const facts: Record<string, Fact> = {};
  // Figures that exist only in news reports; the chapter cites the report next to them.
  // Each is printed at the precision the report gave ("7%", "19.9%") and known only to it.
  for (const report of reported) {
    const digits = writtenDecimals(report.change_pct);
    const plusOrMinus = writtenPrecision(report.change_pct) / 100;
    facts[`reported.fall.${report.symbol}`] = { value: -report.change_pct / 100, format: { kind: 'percent', digits }, plusOrMinus };
    facts[`reported.move.${report.symbol}`] = {
      value: report.change_pct / 100,
      format: { kind: 'percent', digits, signed: true },
      plusOrMinus,
    };
    // The range that precision leaves ("7%": 6.5% to 7.5%), one decimal finer than the report.
    const range = { kind: 'percent', digits: digits + 1 } as const;
    facts[`reported.fall.${report.symbol}.low`] = { value: -report.change_pct / 100 - plusOrMinus, format: range };
    facts[`reported.fall.${report.symbol}.high`] = { value: -report.change_pct / 100 + plusOrMinus, format: range };
  }
  for (const session of sessions) {
    facts[`session.${session.id}.date`] = { value: session.date, format: { kind: 'date', style: 'weekday' } };
    facts[`session.${session.id}.localClose`] = { value: session.localClose, format: { kind: 'time' } };
    facts[`session.${session.id}.utcClose`] = { value: session.utcClose.slice(11, 16), format: { kind: 'time' } };
    facts[`session.${session.id}.zone`] = { value: session.timeZone, format: { kind: 'text' } };
    for (const move of session.moves) {
      // A reported move keeps its report's precision.
      const digits = { digits: move.digits };
      facts[`move.${session.id}.${move.symbol}`] = { value: move.change, format: { ...signed, ...digits } };
      facts[`fall.${session.id}.${move.symbol}`] = { value: -move.change, format: { ...size, ...digits } };
      facts[`size.${session.id}.${move.symbol}`] = { value: Math.abs(move.change), format: { ...size, ...digits } };
      if (move.previousDate)
        facts[`previous.${session.id}.${move.symbol}`] = { value: move.previousDate, format: { kind: 'date', style: 'weekday' } };
      // A reported close that replaced a move computed across a gap: the computed one, for the notes.
      // Rounded to a whole percent: it is only approximate.
      if (move.approximate)
        facts[`approxFall.${session.id}.${move.symbol}`] = { value: -move.approximate.change, format: { kind: 'percent', digits: 0 } };
    }
  }
  // Tokyo's two-day moves: Monday's close-to-close and Tuesday's, compounded.
  const monday = sessions.find((session) => session.id === 'tokyoMonday');
  const tuesday = sessions.find((session) => session.id === 'tokyoTuesday');
  for (const move of tuesday?.moves ?? []) {
    const first = monday?.moves.find((candidate) => candidate.symbol === move.symbol);
    if (first) facts[`fall.tokyoTwoDays.${move.symbol}`] = { value: -((1 + first.change) * (1 + move.change) - 1), format: size };
  }
  return facts;
}
