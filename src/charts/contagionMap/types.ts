// The contagion map's input: sessions in the order they closed, each with its companies' closing
// moves, and the map pre-projected at build (the browser never loads d3-geo).

import type { ClusterSide, Region, SessionId } from '../../editorial/sessions';

export interface MoveView {
  symbol: string;
  name: string;
  city: string;
  change: number;
  basis: 'prices' | 'reported';
  gapSkipped: boolean;
  /** Decimals to print: a reported move keeps the report's precision ("−7%", "−19.9%"). */
  digits: number;
  /** The close the move is measured from (the data table's previous_session), if from prices. */
  previousDate?: string;
}

export interface SessionView {
  id: SessionId;
  date: string;
  /** Sessions of one region share one label on the map. */
  region: Region;
  cities: readonly string[];
  timeZone: string;
  localOpen: string;
  localClose: string;
  utcOpen: string;
  utcClose: string;
  moves: readonly MoveView[];
}

export interface ContagionMapInput {
  map: { width: number; height: number; land: string };
  /** Exchange cities, projected, with the sides of the city their sessions' clusters take (in session order). */
  cities: readonly { name: string; x: number; y: number; sides: readonly ClusterSide[] }[];
  /** In the order the sessions closed. */
  sessions: readonly SessionView[];
}

/**
 * Colour buckets for falls by size: under 5 %, from 5 %, 10 % and 20 % (classes move-fall-1 to -4 in
 * style.css, darker on paper as they grow); every rise is one blue (move-rise-1).
 */
export const moveBuckets = [0.05, 0.1, 0.2] as const;

export function moveClass(change: number): string {
  if (change >= 0) return 'move-rise-1';
  const bucket = moveBuckets.filter((limit) => -change >= limit).length;
  return `move-fall-${bucket + 1}`;
}

export const hourMinute = (iso: string) => iso.slice(11, 16);
