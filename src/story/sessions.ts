// The trading sessions the "Around the world" chapter follows, as the sun moved: which exchanges
// and which calendar day. Times and cities come from exchange_sessions.csv.

export const sessionIds = ['tokyoMonday', 'europeMonday', 'newYorkMonday', 'tokyoTuesday', 'taipeiReopens'] as const;
export type SessionId = (typeof sessionIds)[number];

export interface SessionDefinition {
  id: SessionId;
  date: string;
  exchanges: readonly string[];
}

export const storySessions: readonly SessionDefinition[] = [
  { id: 'newYorkMonday', date: '2025-01-27', exchanges: ['NASDAQ', 'NYSE'] },
  { id: 'tokyoMonday', date: '2025-01-27', exchanges: ['TSE (Tokyo)'] },
  { id: 'taipeiReopens', date: '2025-02-03', exchanges: ['TWSE (Taipei)'] },
  { id: 'europeMonday', date: '2025-01-27', exchanges: ['XETRA (Frankfurt)', 'Euronext Paris', 'Euronext Amsterdam'] },
  { id: 'tokyoTuesday', date: '2025-01-28', exchanges: ['TSE (Tokyo)'] },
];
