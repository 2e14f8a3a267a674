// The trading sessions the "Around the world" chapter follows, as the sun moved: which exchanges
// and which calendar day. Times and cities come from exchange_sessions.csv.

export const sessionIds = ['tokyoMonday', 'europeMonday', 'newYorkMonday', 'tokyoTuesday', 'taipeiReopens'] as const;
export type SessionId = (typeof sessionIds)[number];

/** Where a session sits on the map: sessions of one region share one label (Tokyo's two days, Europe's three cities). */
export type Region = 'tokyo' | 'europe' | 'newYork' | 'taipei';

export interface SessionDefinition {
  id: SessionId;
  date: string;
  exchanges: readonly string[];
  region: Region;
}

export const storySessions: readonly SessionDefinition[] = [
  { id: 'newYorkMonday', date: '2025-01-27', exchanges: ['NASDAQ', 'NYSE'], region: 'newYork' },
  { id: 'tokyoMonday', date: '2025-01-27', exchanges: ['TSE (Tokyo)'], region: 'tokyo' },
  { id: 'taipeiReopens', date: '2025-02-03', exchanges: ['TWSE (Taipei)'], region: 'taipei' },
  { id: 'europeMonday', date: '2025-01-27', exchanges: ['XETRA (Frankfurt)', 'Euronext Paris', 'Euronext Amsterdam'], region: 'europe' },
  { id: 'tokyoTuesday', date: '2025-01-28', exchanges: ['TSE (Tokyo)'], region: 'tokyo' },
];

/** Sides of its city a session's cluster of markers takes on the map. */
export type ClusterSide = 'left' | 'right' | 'rightDown' | 'up' | 'down';

/**
 * Where each city's clusters sit, in the order of its sessions: keeps Europe's three cities and
 * Tokyo's two days apart. A city not listed puts its clusters on the right.
 */
export const clusterSides: Readonly<Record<string, readonly ClusterSide[]>> = {
  // New York's sixteen companies hang right of and below the city, leaving the sea above them free.
  'New York': ['rightDown'],
  Tokyo: ['up', 'down'],
  Taipei: ['left'],
  Paris: ['left'],
  Amsterdam: ['up'],
  Frankfurt: ['right'],
};
