// What Listen plays and says for a chart state, from its inspectable points: which points, the
// pitch of each, and the words chart2music says for it. Pure, so it is tested without a browser.

import type { Inspectable } from '../charts/shared/scene';

/** At most this many points are heard: at four a second, a two-year series of days would play for minutes. */
export const heardAtMost = 60;

export interface ToneSeries {
  /** The points heard, in reading order (a subset of the state's when it is long). */
  items: readonly Inspectable[];
  /** What each point is ("27 Jan 2025"), said before its value. */
  labels: readonly string[];
  /** Each point's pitch, distinct from every other's. */
  pitches: readonly number[];
  /** The words for a pitch: its point's value ("$2.90T"). */
  valueOf: (pitch: number) => string;
}

/**
 * The points heard are those with a value (a line's days, a ranking's bars, a histogram's bins, the
 * map's moves), pitched by it; a state with none (a timeline of events) is heard by where its points
 * stand. A long series is thinned evenly, keeping its first, last, highest and lowest points. Each
 * reading ("27 Jan 2025: $2.90T") is split at `separator` into label and value.
 */
export function toneSeries(items: readonly Inspectable[], separator: string): ToneSeries {
  const valued = items.filter((item) => item.value !== undefined);
  const all = valued.length > 0 ? valued.map((item) => ({ item, pitch: item.value! })) : items.map((item) => ({ item, pitch: -item.y }));
  let heard = all;
  if (all.length > heardAtMost) {
    const step = (all.length - 1) / (heardAtMost - 3);
    const pitches = all.map(({ pitch }) => pitch);
    const kept = new Set([pitches.indexOf(Math.max(...pitches)), pitches.indexOf(Math.min(...pitches)), all.length - 1]);
    for (let at = 0; at < all.length - 0.5; at += step) kept.add(Math.round(at));
    heard = [...kept].sort((a, b) => a - b).map((index) => all[index]!);
  }
  const readings = heard.map(({ item }) => {
    const text = item.read();
    const at = text.lastIndexOf(separator);
    return at < 0 ? { label: text, value: '' } : { label: text.slice(0, at), value: text.slice(at + separator.length) };
  });
  // chart2music says a point's value from its pitch alone: each pitch is made distinct (by far less
  // than a note) so that two points of one value each say their own words.
  const pitches = heard.map(({ pitch }, index) => pitch + index * 1e-9 * (Math.abs(pitch) + 1));
  const words = new Map(pitches.map((pitch, index) => [pitch, readings[index]!.value]));
  return {
    items: heard.map(({ item }) => item),
    labels: readings.map(({ label }) => label),
    pitches,
    valueOf: (pitch) => words.get(pitch) ?? '',
  };
}
