// Build-time only: aftermathLines's input, prepared from the figures it names. The same input feeds the
// static SVG and is published as JSON for the browser, so both render identical scenes.

import type { AftermathInput, AftermathState } from './chart';
import type { Recovery } from '../../derive/aftermath';
import type { DailyClose } from '../../derive/tradingDays';
import { aftermathFrom, aftermathMonth } from '../../derive/storyDates';
import type { StoryFigures } from '../../story/loadStory';

/** Last trading day of a month in a series ("2025-02" → the last February date). */
function lastDayOf(rows: readonly DailyClose[], month: string): string {
  const found = rows.filter((row) => row.date.startsWith(month)).at(-1);
  if (!found) throw new Error(`no trading day in ${month}`);
  return found.date;
}

export function aftermathInput({
  prices,
  sox,
  indices,
  aftermath,
  nvidia,
}: Pick<StoryFigures, 'prices' | 'sox' | 'indices' | 'aftermath' | 'nvidia'>): AftermathInput {
  const indexed = (key: 'nvidia' | 'sox', rows: readonly DailyClose[], recovery: Recovery) => {
    const base = recovery.before.close;
    return {
      key,
      points: rows
        .filter((row) => row.date >= aftermathFrom && row.date <= recovery.last.date)
        .map((row) => [row.date, Math.round((row.close / base) * 1000) / 10] as const),
      lowest: { date: recovery.lowest.date, value: Math.round((recovery.lowest.close / base) * 1000) / 10 },
      regained: recovery.regained?.date,
    };
  };
  const series = [indexed('nvidia', prices, aftermath.nvidia), indexed('sox', sox, aftermath.sox)];
  const stateEnds: Record<AftermathState, string> = {
    rebound: nvidia.tuesday.date,
    february: lastDayOf(prices, aftermathMonth),
    // The later of the two lows the step's text names (Nvidia's, then the chip index's a few sessions
    // later): both are drawn, each marked, and the lower labelled with its value.
    april: [aftermath.nvidia.lowest.date, aftermath.sox.lowest.date].sort().at(-1)!,
    june: aftermath.nvidia.last.date,
  };
  // The broad market, which the February step sets against Nvidia: drawn to that state's end only.
  const market = (['sp500', 'nasdaq'] as const).map((key) => {
    const symbol = key === 'sp500' ? '^GSPC' : '^IXIC';
    const base = aftermath[key].before.close;
    const high = key === 'sp500' ? aftermath.sp500FebruaryHigh : undefined;
    return {
      key,
      regained: aftermath[key].regained?.date,
      ...(high ? { high: { date: high.date, value: Math.round((high.close / base) * 1000) / 10 } } : {}),
      points: indices
        .filter((row) => row.symbol === symbol && row.date >= aftermathFrom && row.date <= stateEnds.february)
        .map((row) => [row.date, Math.round((row.close / base) * 1000) / 10] as const),
    };
  });
  return { baseDate: aftermath.nvidia.before.date, stateEnds, series, market };
}
