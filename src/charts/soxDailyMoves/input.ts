// Build-time only: soxDailyMoves's input, prepared from the figures it names. The same input feeds the
// static SVG and is published as JSON for the browser, so both render identical scenes.

import { bin } from 'd3-array';
import type { SoxDailyMovesInput } from './chart';
import { worstMoves } from '../../derive/chipIndexSelloff';
import { selloffDay } from '../../derive/storyDates';
import type { StoryFigures } from '../../story/loadStory';

const binWidth = 0.005;
/** Days at or below this move are drawn one dot each. */
const extremeThreshold = -0.07;

export function soxDailyMovesInput({ chipIndex }: Pick<StoryFigures, 'chipIndex'>): SoxDailyMovesInput {
  const upToSelloff = chipIndex.moves.filter((move) => move.date <= selloffDay);
  const changes = upToSelloff.map((move) => move.change);
  const low = Math.floor(Math.min(...changes) / binWidth) * binWidth;
  const high = Math.ceil(Math.max(...changes) / binWidth) * binWidth;
  // Inner thresholds only: d3 closes the first and last bins at the domain's ends.
  const thresholds = Array.from(
    { length: Math.round((high - low) / binWidth) - 1 },
    (_, index) => Math.round((low + (index + 1) * binWidth) * 1e6) / 1e6,
  );
  const bins = bin()
    .domain([low, high])
    .thresholds(thresholds)(changes)
    .map((entry) => ({ x0: entry.x0!, x1: entry.x1!, count: entry.length }));
  const selloff = upToSelloff.at(-1)!;
  const extremes = upToSelloff.filter((move) => move.change <= extremeThreshold);
  const [worstBefore, worstAll] = [worstMoves(upToSelloff, 8), worstMoves(chipIndex.moves, 8)];
  // The table ranks every day at least as bad as the least bad one the chart names, so none is skipped.
  const leastBadNamed = Math.max(...[...extremes, ...worstBefore, ...worstAll].map((move) => move.change));
  return {
    firstDate: chipIndex.firstDate,
    selloff,
    lastDate: chipIndex.lastDate,
    bins,
    extremes,
    extremeThreshold,
    worstSince: chipIndex.worstSince,
    worstBefore,
    worstAll,
    worstDays: worstMoves(chipIndex.moves, chipIndex.moves.filter((move) => move.change <= leastBadNamed).length),
  };
}
