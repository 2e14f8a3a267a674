// Each story session's closing moves, company by company, in the order the sessions closed (UTC).
// A move compares a close with the previous *real* session of the same line: rows with zero volume
// are forward-filled gaps, not sessions, and are skipped (and flagged). A closing figure from a news
// report is used for a company with no price file, and in place of a move that had to skip a gap
// (the computed one is kept as `approximate`); either way it is marked as reported.
// Pure: rows in, moves out.

import { writtenDecimals } from './checkClaim';
import type { ContagionDay, ExchangeSession, ReportedMove } from '../data/datasets';
import type { Company, CompanyGroup } from '../editorial/companies';
import type { Region, SessionDefinition, SessionId } from '../editorial/sessions';

interface CompanyMove {
  symbol: string;
  name: string;
  group: CompanyGroup;
  exchange: string;
  city: string;
  /** Ratio: −0.0832 is −8.32 %. */
  change: number;
  /** The session it is compared with (the previous real one). */
  previousDate: string | undefined;
  basis: 'prices' | 'reported';
  /** Forward-filled rows were skipped to find the previous session, so the move is less certain. */
  gapSkipped: boolean;
  /** For a reported move, the id of its report in sources.csv. */
  source: string | undefined;
  /** Decimals to print it with: two for a move computed from prices, a report's own precision otherwise. */
  digits: number;
  /** A reported move that replaced one computed across a gap: the computed move, for the notes. */
  approximate?: { change: number; previousDate: string };
}

export interface SessionMoves {
  id: SessionId;
  date: string;
  region: Region;
  cities: string[];
  timeZone: string;
  localOpen: string;
  localClose: string;
  /** ISO date-times in UTC. */
  utcOpen: string;
  utcClose: string;
  moves: CompanyMove[];
}

/** "2025-01-27" at "15:30" local, UTC offset +9 → "2025-01-27T06:30:00.000Z". */
export function toUtc(date: string, localTime: string, offsetHours: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = localTime.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, day, hours - offsetHours, minutes)).toISOString();
}

export function sessionMoves({
  prices,
  reported,
  exchanges,
  sessions,
  companies,
}: {
  prices: readonly ContagionDay[];
  reported: readonly ReportedMove[];
  exchanges: readonly ExchangeSession[];
  sessions: readonly SessionDefinition[];
  companies: readonly Company[];
}): SessionMoves[] {
  const exchangeByName = new Map(exchanges.map((exchange) => [exchange.exchange, exchange]));
  const companyBySymbol = new Map(companies.map((company) => [company.symbol, company]));
  const rowsBySymbol = Map.groupBy(prices, (row) => row.symbol);

  return sessions
    .map((session) => {
      const venues = session.exchanges.map((name) => {
        const venue = exchangeByName.get(name);
        if (!venue) throw new Error(`exchange_sessions.csv: no row for exchange "${name}" (session ${session.id})`);
        return venue;
      });
      const first = venues[0]!;
      const moves: CompanyMove[] = [];

      for (const [symbol, rows] of rowsBySymbol) {
        const company = companyBySymbol.get(symbol);
        const today = rows.find((row) => row.date === session.date);
        if (!company || !today || !session.exchanges.includes(today.exchange)) continue;
        const earlier = rows.filter((row) => row.date < session.date);
        const previous = earlier.findLast((row) => row.volume > 0);
        if (!previous) throw new Error(`contagion_daily.csv: ${symbol} has no real session before ${session.date}`);
        moves.push({
          symbol,
          name: company.shortName,
          group: company.group,
          exchange: today.exchange,
          city: exchangeByName.get(today.exchange)?.city ?? today.exchange,
          change: today.close / previous.close - 1,
          previousDate: previous.date,
          basis: 'prices',
          gapSkipped: earlier.at(-1) !== previous,
          source: undefined,
          digits: 2,
        });
      }
      for (const report of reported) {
        const company = companyBySymbol.get(report.symbol);
        if (!company || report.date !== session.date || report.basis !== 'close' || !session.exchanges.includes(report.exchange)) continue;
        const computed = moves.findIndex((move) => move.symbol === report.symbol);
        const replaced = computed >= 0 ? moves[computed]! : undefined;
        // A price file's move stands unless it had to skip a forward-filled gap.
        if (replaced && !replaced.gapSkipped) continue;
        if (replaced) moves.splice(computed, 1);
        moves.push({
          symbol: report.symbol,
          name: company.shortName,
          group: company.group,
          exchange: report.exchange,
          city: exchangeByName.get(report.exchange)?.city ?? report.exchange,
          change: report.change_pct / 100,
          previousDate: undefined,
          basis: 'reported',
          gapSkipped: false,
          source: report.source,
          digits: writtenDecimals(report.change_pct),
          ...(replaced ? { approximate: { change: replaced.change, previousDate: replaced.previousDate! } } : {}),
        });
      }
      moves.sort((a, b) => a.change - b.change || a.symbol.localeCompare(b.symbol));

      return {
        id: session.id,
        date: session.date,
        region: session.region,
        cities: [...new Set(venues.map((venue) => venue.city))],
        timeZone: first.time_zone,
        localOpen: first.local_open,
        localClose: first.local_close,
        utcOpen: toUtc(session.date, first.local_open, first.utc_offset_hours),
        utcClose: toUtc(session.date, first.local_close, first.utc_offset_hours),
        moves,
      };
    })
    .sort((a, b) => a.utcClose.localeCompare(b.utcClose));
}
