// Build-time only: prepares each chart's input from the derived story figures. The same input feeds
// the static SVG and is published as JSON for the browser, so both render identical scenes.

import { bin } from 'd3-array';
import { utcWeek } from 'd3-time';
import type { AftermathInput, AftermathState } from '../charts/aftermathLines.chart';
import type { ChipStocksInput } from '../charts/chipStocks.chart';
import type { ContagionMapInput } from '../charts/contagionMap.chart';
import type { NvidiaMarketCapInput } from '../charts/nvidiaMarketCap.chart';
import type { SoxDailyMovesInput } from '../charts/soxDailyMoves.chart';
import type { SoxHistoryInput } from '../charts/soxHistory.chart';
import { weekendStates, type WeekendTimelineInput } from '../charts/weekendTimeline.chart';
import type { Recovery } from '../derive/aftermath';
import type { DailyClose } from '../derive/tradingDays';
import { worstMoves } from '../derive/chipIndexSelloff';
import { aftermathFrom, aftermathMonth, boomStart, selloffDay, timelineStart } from '../derive/storyDates';
import { lookUpFact } from '../facts/defineFacts';
import { chipChartSymbols } from '../editorial/companies';
import { clusterSides } from '../editorial/sessions';
import type { Story } from './loadStory';
import { projectWorld } from './worldMap';

function firstDayOnOrAfter(dates: readonly string[], iso: string): string {
  const found = dates.find((day) => day >= iso);
  if (!found) throw new Error(`no trading day on or after ${iso}`);
  return found;
}

function weeksBefore(iso: string, weeks: number): string {
  return utcWeek
    .offset(new Date(`${iso}T00:00:00Z`), -weeks)
    .toISOString()
    .slice(0, 10);
}

export function nvidiaMarketCapInput(story: Story): NvidiaMarketCapInput {
  const { nvidia, records, prices } = story;
  const shares = nvidia.shares.shares_billions;
  const period = prices.filter((row) => row.date >= boomStart && row.date <= nvidia.tuesday.date);
  const dates = period.map((row) => row.date);
  return {
    series: period.map((row) => [row.date, Math.round(row.close * shares * 10) / 10] as const),
    start: { date: nvidia.start.date, value: nvidia.start.value },
    record: { date: nvidia.record.date, value: nvidia.record.value },
    friday: { date: nvidia.friday.date, value: nvidia.friday.value },
    monday: {
      date: nvidia.monday.date,
      value: nvidia.monday.value,
      low: nvidia.monday.low * shares,
      high: nvidia.monday.high * shares,
      change: nvidia.monday.change,
      lowChange: nvidia.monday.lowChange,
      loss: nvidia.monday.loss,
    },
    tuesday: { date: nvidia.tuesday.date, value: nvidia.tuesday.value, change: nvidia.tuesday.change, regained: nvidia.tuesday.regained },
    climbMultiple: nvidia.climbMultiple,
    zoomFrom: {
      wide: firstDayOnOrAfter(dates, weeksBefore(nvidia.friday.date, 9)),
      narrow: firstDayOnOrAfter(dates, weeksBefore(nvidia.friday.date, 5)),
    },
    ranking: records.events.map(({ key, company, date, loss, computed, selloff }) => ({ key, company, date, loss, computed, selloff })),
    previousRecord: { date: records.previousRecord.date, loss: records.previousRecord.loss },
    timesPreviousRecord: records.timesPreviousRecord,
  };
}

export function soxHistoryInput({ sox, chipIndex }: Story): SoxHistoryInput {
  const { monday } = chipIndex;
  const period = sox.filter((row) => row.date <= monday.date);
  const dates = period.map((row) => row.date);
  return {
    series: period.map((row) => [row.date, row.close] as const),
    covidLow: chipIndex.covidLow,
    peak: chipIndex.peak,
    friday: { date: monday.previousDate, close: monday.previousClose },
    monday: { date: monday.date, close: monday.close, change: monday.change, low: monday.low, lowChange: monday.lowChange },
    climbMultiple: chipIndex.climbMultiple,
    zoomFrom: {
      wide: firstDayOnOrAfter(dates, weeksBefore(monday.date, 13)),
      narrow: firstDayOnOrAfter(dates, weeksBefore(monday.date, 6)),
    },
  };
}

/** Width of a histogram bin, in change ratio (half a percentage point). */
const binWidth = 0.005;
/** Days at or below this move are drawn one dot each. */
const extremeThreshold = -0.07;

export function soxDailyMovesInput({ chipIndex }: Story): SoxDailyMovesInput {
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
  return {
    firstDate: chipIndex.firstDate,
    selloff,
    lastDate: chipIndex.lastDate,
    bins,
    extremes: upToSelloff.filter((move) => move.change <= extremeThreshold),
    extremeThreshold,
    worstSince: chipIndex.worstSince,
    worstBefore: worstMoves(upToSelloff, 8),
    worstAll: worstMoves(chipIndex.moves, 8),
  };
}

export function chipStocksInput({ sessions, chipIndex }: Story): ChipStocksInput {
  const newYork = sessions.find((session) => session.id === 'newYorkMonday');
  if (!newYork) throw new Error('chipStocksInput: no New York session');
  const symbols: readonly string[] = chipChartSymbols;
  return {
    date: newYork.date,
    stocks: newYork.moves
      .filter((move) => symbols.includes(move.symbol))
      .map(({ symbol, name, change, basis, digits }) => ({ symbol, name, change, basis, digits })),
    indices: [
      { key: 'sox', change: chipIndex.monday.change },
      { key: 'nasdaq', change: chipIndex.nasdaq.change },
      { key: 'sp500', change: chipIndex.sp500.change },
    ],
    leaders: 3,
  };
}

export function contagionMapInput({ sessions, exchanges }: Story): ContagionMapInput {
  const world = projectWorld();
  const cities = [...new Map(exchanges.map((exchange) => [exchange.city, exchange])).values()].map((exchange) => ({
    name: exchange.city,
    ...world.project(exchange.longitude, exchange.latitude),
    sides: clusterSides[exchange.city] ?? [],
  }));
  return {
    map: { width: world.width, height: world.height, land: world.land },
    cities,
    sessions: sessions.map((session) => ({
      ...session,
      moves: session.moves.map(({ symbol, name, city, change, basis, gapSkipped, digits }) => ({
        symbol,
        name,
        city,
        change,
        basis,
        gapSkipped,
        digits,
      })),
    })),
  };
}

export function weekendTimelineInput({ prices, nvidia, facts }: Story): WeekendTimelineInput {
  // Reported figures and event dates, through the same fact table as the prose.
  const fact = (id: string) => lookUpFact(facts, id, { where: 'weekendTimeline chart input' }).value;
  const figure = (id: string) => fact(`figure.${id}`) as number;
  const storyEvents = weekendStates.map((id) => ({ id, date: fact(`event.${id}.date`) as string }));
  const from = timelineStart;
  const to = nvidia.tuesday.date;
  return {
    from,
    to,
    events: storyEvents,
    nvidia: prices.filter((row) => row.date >= from && row.date <= to).map((row) => [row.date, row.close] as const),
    mondayChange: nvidia.monday.change,
    figures: {
      v3Cost: figure('v3-training-cost'),
      stargateTotal: figure('stargate-total'),
      appRankBefore: figure('app-rank-before'),
      r1Output: figure('r1-output-price'),
      o1Output: figure('o1-output-price'),
      timesCheaper: figure('r1-times-cheaper'),
    },
  };
}

/** Last trading day of a month in a series ("2025-02" → the last February date). */
function lastDayOf(rows: readonly DailyClose[], month: string): string {
  const found = rows.filter((row) => row.date.startsWith(month)).at(-1);
  if (!found) throw new Error(`no trading day in ${month}`);
  return found.date;
}

export function aftermathInput({ prices, sox, indices, aftermath, nvidia }: Story): AftermathInput {
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
